<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="215" />
        <source>Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin.py" line="73" />
        <source>Lizard settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin.py" line="74" />
        <source>Lizard help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/provider.py" line="27" />
        <source>Lizard Explorer {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin.py" line="154" />
        <source>&lt;p&gt;Lizard Explorer connects QGIS to the Lizard water and climate data warehouse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard settings…&lt;/b&gt; sets your portal (e.g. https://demo.lizard.net, which shows public data without a key) and your Personal API Key, which is kept in the QGIS authentication database. Use &lt;b&gt;Test connection&lt;/b&gt; to check both.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Lizard rasters&lt;/b&gt; and &lt;b&gt;Lizard buildings&lt;/b&gt; docks browse Lizard; the &lt;b&gt;Lizard&lt;/b&gt; group in the Processing toolbox has the same tools for models and qgis_process (set LIZARD_URL and LIZARD_API_KEY there).&lt;/p&gt;&lt;p&gt;Messages and details of any problem are in the log panel, tab &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="411" />
        <source>The area to load buildings for is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/buildings.py" line="342" />
        <source>{rate} buildings/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="79" />
        <source>No Lizard portal address is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="85" />
        <source>“{url}” is not a Lizard portal address; use e.g. https://demo.lizard.net.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="149" />
        <source>Lizard answered with something that is not a list of objects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="187" />
        <source>Refusing to send your API key over an unencrypted connection to {host}: use https:// for the portal address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="352" />
        <source>Could not send the request to Lizard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="360" />
        <source>The connection to Lizard broke off before the answer was complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="428" />
        <source>Lizard sent a link to another server ({host}); it was not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="530" />
        <source>Lizard answered with something that is not JSON; is the portal address right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="568" />
        <source>Lizard did not accept your API key; check it in the Lizard settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="572" />
        <source>Lizard refused the change: your key has no permission for it ({detail}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="582" />
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="72" />
        <source>Lizard has no such object, or it is not visible with your key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="582" />
        <source>Lizard rejected the request: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="588" />
        <source>Lizard is receiving too many requests; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="590" />
        <source>Lizard is receiving too many requests; try again in {seconds} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="594" />
        <source>Lizard had a problem answering (HTTP {status}); try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="598" />
        <source>Lizard answered with an unexpected error (HTTP {status}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="605" />
        <source>Could not reach Lizard at {host}; check the portal address and your network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/client.py" line="613" />
        <source>Lizard at {host} did not answer in time; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="27" />
        <source>The portal {portal} did not answer: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="29" />
        <source>The portal {portal} answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="31" />
        <source>No API key is set: you see public data only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="33" />
        <source>Your API key was not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="35" />
        <source>Your API key was accepted: you are {user}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="37" />
        <source>Your API key was accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="42" />
        <source>Organisations: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/connection.py" line="44" />
        <source>The portal did not list any organisations for your key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/credentials.py" line="25" />
        <source>The QGIS authentication system is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/credentials.py" line="39" />
        <source>The QGIS authentication database is locked; open the Lizard settings once to unlock it, or set LIZARD_API_KEY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/credentials.py" line="44" />
        <source>The QGIS authentication database is locked; enter its master password to use your key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/credentials.py" line="80" />
        <source>The saved Lizard key (authentication config {id}) could not be read; enter it again in the Lizard settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/credentials.py" line="93" />
        <source>The API key is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/credentials.py" line="114" />
        <source>The API key could not be saved in the QGIS authentication database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="64" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="62" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="39" />
        <source>{size} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="64" />
        <source>yes, every {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="120" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Temporal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="133" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="134" />
        <source>Projection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="141" />
        <source>Last modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="136" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="113" />
        <source>west {west:.5f}, south {south:.5f}, east {east:.5f}, north {north:.5f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="121" />
        <source>UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="122" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="128" />
        <source>First time step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="129" />
        <source>Last time step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="273" />
        <source>Observation type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="135" />
        <source>Extent (WGS84)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="137" />
        <source>Data type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="138" />
        <source>No-data value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="139" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/describe.py" line="140" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/errors.py" line="106" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="37" />
        <source>Name (A–Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="37" />
        <source>Name (Z–A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="38" />
        <source>Newest change first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="38" />
        <source>Oldest change first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="40" />
        <source>Latest start first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="40" />
        <source>Latest end first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="41" />
        <source>Largest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="41" />
        <source>Smallest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="41" />
        <source>Supplier code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="138" />
        <source>The area to search in is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/rasters.py" line="156" />
        <source>No features are selected to search in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/messages.py" line="20" />
        <source>Something went wrong: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/wms.py" line="38" />
        <source>Lizard gives no WMS address for the raster “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/wms.py" line="240" />
        <source>Organisation: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/wms.py" line="253" />
        <source>QGIS could not open the WMS layer of “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/wms.py" line="290" />
        <source>No raster layer shows the rastersource “{name}” yet; a raster layer has to be made for it in Lizard before it can go on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/base.py" line="7" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/base.py" line="7" />
        <source>Rasters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="84" />
        <source>Buildings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="29" />
        <source>Check Lizard connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="34" />
        <source>Checks that the Lizard portal answers and whether it accepts the API key. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set (useful with qgis_process). Fails when the portal cannot be reached or the key is refused.

Outputs: PORTAL (the portal address), AUTHENTICATED (1 when a key was accepted, 0 when working anonymously), USERNAME, ORGANISATIONS (one per line, with roles) and REPORT (the result in words).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68" />
        <source>Portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="46" />
        <source>Key accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="47" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="48" />
        <source>Organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="54" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="41" />
        <source>Download buildings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="44" />
        <source>Downloads Lizard buildings (footprints with their addresses) for an area and writes them as MultiPolygons in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set.

EXTENT: buildings that overlap this extent. Give an extent, a filter layer or both; without an area the algorithm refuses to run rather than download every building of Lizard.
FILTER_LAYER: buildings in the features of this layer (with "selected features only", in the selected ones). With an extent as well, only the part of the features inside the extent counts. Detailed shapes are simplified before they are sent to Lizard and the exact shape is checked here, so the result is exact.
PREDICATE: intersects (buildings that touch the area) or within (buildings wholly inside it).
CODE: only the building with this code (BAG identification), exactly.
BUILD_YEAR_MIN, BUILD_YEAR_MAX: only buildings built in or after, in or before this year.
POSTALCODE: only buildings with an address whose postal code starts with this text (e.g. 2286 or 2286JG; spaces are ignored).
VALID_AT: only the buildings that existed at this moment (the latest version of each).
MAX_FEATURES: stop after this many buildings; 0 loads all.

OUTPUT: the buildings, with the fields id, code, build_year, start, end, last_modified, organisation, the first address (street, house_number, house_letter, house_number_suffix, postalcode, city), address_count and addresses (all addresses as JSON text).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="67" />
        <source>Extent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="68" />
        <source>Area layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="70" />
        <source>Buildings that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="70" />
        <source>Intersect the area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="70" />
        <source>Are within the area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="73" />
        <source>Building code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="74" />
        <source>Built in or after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="76" />
        <source>Built in or before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="78" />
        <source>Postal code starts with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="187" />
        <source>Valid at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="81" />
        <source>Maximum number of buildings (0: all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="101" />
        <source>Give an extent or an area layer: loading every building of Lizard is not supported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="109" />
        <source>The area layer has no (selected) features with a geometry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="115" />
        <source>The features of the area layer are outside the extent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../processing/download_buildings.py" line="147" />
        <source>%n building(s) loaded so far.</source>
        <translation>
            <numerusform>%n building loaded so far.</numerusform>
            <numerusform>%n buildings loaded so far.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="157" />
        <source>Cancelled; the buildings loaded until then are kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="760" />
        <source>%n building(s) loaded.</source>
        <translation>
            <numerusform>%n building loaded.</numerusform>
            <numerusform>%n buildings loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="163" />
        <source>Lizard kept answering with a full, truncated list for a tiny area: some buildings may be missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="26" />
        <source>Load raster as WMS layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="31" />
        <source>Adds a Lizard raster to the project as a WMS layer, named after it and styled as in Lizard. Temporal rasters become WMS-T layers that follow the Temporal Controller. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set. The layers use the project's CRS when Lizard's WMS offers it, else EPSG:3857. A key saved in the Lizard settings reaches the layers as a QGIS authentication configuration (authcfg), never as text in the layer source or the project file; with only LIZARD_API_KEY set, the layers load public data.

RASTER: the UUID of a raster layer, or of a rastersource: then every raster layer that shows that source is added. A rastersource without raster layers is an error.

URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, where no layers are added, use these to open the layers elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="47" />
        <source>Raster layer or rastersource UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="48" />
        <source>WMS data sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="54" />
        <source>“{text}” is not the UUID of a Lizard raster layer or rastersource.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="94" />
        <source>Search rastersources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="99" />
        <source>Finds Lizard rastersources (the stored raster data) and writes one polygon per source: the source's extent in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only public sources are found.

NAME: only sources whose name contains this text (any case); a UUID finds that one source.
ORGANISATION: only sources of organisations whose name contains this text (or the organisation's UUID).
TEMPORAL: any source, only temporal sources (a series of rasters in time) or only non-temporal ones.
EXTENT: only sources whose extent intersects this area. Lizard cannot filter by area, so every source that matches the other filters is fetched and checked here. Sources without a known extent are left out when an extent is given, and written without geometry when not.

OUTPUT: the sources, with the fields uuid, name, organisation, temporal (true/false), interval (ISO 8601 duration, e.g. PT1H), first_value_timestamp and last_value_timestamp (text, ISO 8601 in UTC as Lizard gives them), projection, pixelsize_x and pixelsize_y (in units of the projection), dtype, fill_value (the no-data value, as text), size (bytes), last_modified (text, ISO 8601 in UTC) and writable (true when your key may change the source).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="121" />
        <source>Name contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="122" />
        <source>Organisation name contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="255" />
        <source>Temporal only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="255" />
        <source>Non-temporal only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="127" />
        <source>Intersecting extent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="240" />
        <source>Rastersources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="162" />
        <source>{matched} of {scanned} rastersources matched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="122" />
        <source>Adding “{name}” to the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="124" />
        <source>Adding Lizard rasters to the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="143" />
        <source>Added “{name}” to the map.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/add_to_map.py" line="145" />
        <source>Added %n layer(s) to the map: {names}.</source>
        <translation>
            <numerusform>Added %n layer to the map: {names}.</numerusform>
            <numerusform>Added %n layers to the map: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="70" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="261" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="70" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="70" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="203" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="71" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="203" />
        <source>Build year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="72" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="770" />
        <source>Lizard buildings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="179" />
        <source>e.g. 0603100000003566</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="180" />
        <source>Starts with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="184" />
        <source>e.g. 2286 or 2286JG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="189" />
        <source>Only the buildings that existed at this moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="253" />
        <source>Name or UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="271" />
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="203" />
        <source>House number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="221" />
        <source>Map extent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="221" />
        <source>Selected features of the active layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="221" />
        <source>Shape drawn on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="226" />
        <source>Intersecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="227" />
        <source>Within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="228" />
        <source>Buildings that touch the area, or only those entirely inside it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="229" />
        <source>Rectangle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="229" />
        <source>Draw a rectangle on the map (drag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="231" />
        <source>Polygon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="231" />
        <source>Draw a polygon on the map (click the corners; right-click or double-click to finish)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="236" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="237" />
        <source>Remove the drawn shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="251" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="252" />
        <source>Load at most this many buildings (All: every building that matches)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="255" />
        <source>Temporary layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="256" />
        <source>GeoPackage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="260" />
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="265" />
        <source>Maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="267" />
        <source>Output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="272" />
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="274" />
        <source>Ask Lizard how many buildings match, before loading them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="275" />
        <source>Load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="278" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="280" />
        <source>Stop loading; the buildings that arrived stay in the layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="335" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="458" />
        <source>the map extent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="400" />
        <source>Make a vector layer active and select features in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="402" />
        <source>Select features of “{layer}” first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="470" />
        <source>the selected features of “{layer}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="407" />
        <source>Draw a rectangle or a polygon on the map first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="409" />
        <source>the drawn shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="588" />
        <source>Counting Lizard buildings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="592" />
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="600" />
        <source>Lizard does not count the buildings for this filter; Load gets them all.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="602" />
        <source>%n building(s) match.</source>
        <translation>
            <numerusform>%n building matches.</numerusform>
            <numerusform>%n buildings match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="609" />
        <source>Counting failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="636" />
        <source>Choose a GeoPackage file to save the buildings in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="647" />
        <source>Lizard buildings ({area})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="677" />
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="689" />
        <source>Loading Lizard buildings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="701" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="727" />
        <source>{done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="730" />
        <source>{done} loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="732" />
        <source>Loading… {progress}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="753" />
        <source>Stopped: %n building(s) loaded.</source>
        <translation>
            <numerusform>Stopped: %n building loaded.</numerusform>
            <numerusform>Stopped: %n buildings loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="755" />
        <source>Loading stopped by an error: %n building(s) loaded.</source>
        <translation>
            <numerusform>Loading stopped by an error: %n building loaded.</numerusform>
            <numerusform>Loading stopped by an error: %n buildings loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="762" />
        <source>{loaded} Lizard may not have sent every building of a very dense spot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="778" />
        <source>Could not open {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="789" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="802" />
        <source>The layer was removed; loading stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks.py" line="30" />
        <source>with your API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks.py" line="30" />
        <source>anonymously (public data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks.py" line="31" />
        <source>{portal}, {key}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="140" />
        <source>{name}
UUID: {uuid}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="213" />
        <source>Lizard rasters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="240" />
        <source>Raster layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="242" />
        <source>Raster layers: what Lizard shows, with their styles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="243" />
        <source>Rastersources: the data that raster layers show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="247" />
        <source>Search by name or UUID…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="249" />
        <source>Part of a name, or a UUID; press Enter to list everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Common</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="263" />
        <source>Anywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="263" />
        <source>In the map extent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="263" />
        <source>In the selected features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="265" />
        <source>Only what lies (partly) in the map extent or in the features selected in the active layer; this follows the map as you pan and select</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Order by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="321" />
        <source>Add to map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="321" />
        <source>Add the selected rasters to the map as WMS layers, styled as in Lizard (or double-click them, or drag them onto the map)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="324" />
        <source>Zoom to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="324" />
        <source>Zoom the map to the selected rasters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="326" />
        <source>Copy UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="326" />
        <source>Copy the UUID of the selected rasters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="461" />
        <source>The map shows no area to search in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="465" />
        <source>Make a vector layer active and select features in it to search there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="467" />
        <source>Select features of “{layer}” to search there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="632" />
        <source>The search failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="568" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="599" />
        <source>Searching Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="630" />
        <source>{status} Loading more failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="644" />
        <source>Nothing found: none of the {scanned} scanned matched ({total} in Lizard).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="646" />
        <source>Nothing found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="648" />
        <source>{matched} matched of {scanned} scanned ({total} in Lizard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="650" />
        <source>{shown} shown of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42" />
        <source>Your organisation's Lizard portal, e.g. https://demo.lizard.net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="46" />
        <source>Your Personal API Key. It is kept in the QGIS authentication database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="47" />
        <source>Forget key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="69" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98" />
        <source>Get a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103" />
        <source>Saved in the QGIS authentication database; type to replace it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103" />
        <source>No key: public data only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="109" />
        <source>LIZARD_URL is set: it overrides the portal saved here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111" />
        <source>LIZARD_API_KEY is set: it overrides the key saved here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119" />
        <source>The saved key was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137" />
        <source>Testing {portal}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="138" />
        <source>Testing the Lizard connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="178" />
        <source>Lizard settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="75" />
        <source>“{type}” is not a Lizard asset type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="129" />
        <source>{what}: “{piece}” is not of the form lizard_field=value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="132" />
        <source>{what}: “{key}” is given twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="140" />
        <source>“{text}” cannot be written in the .ini file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="144" />
        <source>point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="144" />
        <source>line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="144" />
        <source>polygon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="205" />
        <source>The layer has no field(s) {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="211" />
        <source>The layer has no field {name} to start the nested assets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="213" />
        <source>The nested assets need at least one field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="216" />
        <source>The layer has {count} columns from {first} onwards, which is not a multiple of the {n} nested fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="243" />
        <source>Map at least one Lizard field to a layer field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="258" />
        <source>The layer has no coordinate reference system; set one before exporting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="261" />
        <source>The layer has no point, line or polygon geometries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="263" />
        <source>{type} assets need {kind} geometries, but the layer has {layer_kind} geometries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="284" />
        <source>Feature {id} has no geometry or an invalid one; fix it or skip such features.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="298" />
        <source>Field {name} holds text longer than {max} bytes (e.g. feature {id}), which a shapefile cannot store; shorten it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="301" />
        <source>There are no features with a valid geometry to export.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/assets.py" line="304" />
        <source>%n feature(s) without a valid geometry were skipped.</source>
        <translation>
            <numerusform>%n feature without a valid geometry was skipped.</numerusform>
            <numerusform>%n features without a valid geometry were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="138" />
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="322" />
        <source>The shapefile could not be written completely ({ext} is missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="338" />
        <source>The shapefile could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="346" />
        <source>The field {name} could not be created in the shapefile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="367" />
        <source>A feature could not be written to the shapefile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="392" />
        <source>The written bundle could not be read back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/assets.py" line="404" />
        <source>The written bundle did not read back as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="54" />
        <source>GDAL cannot read {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="84" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="98" />
        <source>The target CRS {crs} is not a coordinate reference system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="160" />
        <source>{path} has no band {band}; it has {count} band(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="170" />
        <source>The target CRS {crs} has no EPSG code, which Lizard requires; choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="174" />
        <source>{path} has no CRS, so it cannot be reprojected; assign its CRS first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="179" />
        <source>{path} has no CRS; Lizard needs a CRS with an EPSG code, so assign one or reproject to an EPSG CRS such as EPSG:28992.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="184" />
        <source>The layer's CRS ({crs}) has no EPSG code, which Lizard requires; reproject it to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="192" />
        <source>The band already has NODATA value {kept}; {given} was not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="196" />
        <source>Band {band} of {path} has no NODATA value; give one (a value that does not occur in the data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="200" />
        <source>The NODATA value {nodata} occurs in the data; those cells will be treated as missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="211" />
        <source>GDAL could not read band {band} of {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="230" />
        <source>GDAL could not write {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="251" />
        <source>GDAL cannot read the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="252" />
        <source>{path} is not a raster GDAL can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="258" />
        <source>The file is a GeoTIFF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="260" />
        <source>The file is {format}, not a GeoTIFF; Lizard accepts GeoTIFF only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="265" />
        <source>The file has a single band.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="267" />
        <source>The file has {count} bands; Lizard accepts a single band (export one band per file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="273" />
        <source>NODATA is set ({value}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="276" />
        <source>The file has no NODATA value; Lizard requires one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="281" />
        <source>The CRS is EPSG:{code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="283" />
        <source>The file has no CRS; Lizard requires a CRS with an EPSG code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="286" />
        <source>The CRS ({crs}) has no EPSG code; reproject to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="298" />
        <source>The file's size cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="301" />
        <source>The file is {size:.1f} GiB; files above {limit} GiB upload slowly and may be interrupted, consider splitting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="304" />
        <source>The file is {size:.2f} GiB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="332" />
        <source>{path} has {count} band(s) but {given} timestamp(s) were given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/geotiff.py" line="336" />
        <source>The timestamps are not unique; Lizard takes one GeoTIFF per timestamp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="447" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="18" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="20" />
        <source>WARNING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="22" />
        <source>FAIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="39" />
        <source>Check GeoTIFF for Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="42" />
        <source>Checks a raster file against Lizard's rules for rastersource data: GeoTIFF format, a single band, a NODATA value and a CRS with an EPSG code. It also warns when the file is larger than 4 GiB (a warning only: the file may still be uploaded).

INPUT: a raster layer stored in a file.

VALID: 1 when every rule passes (warnings aside), else 0.
REPORT: one line per rule: OK, WARNING or FAIL, the rule and what was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="453" />
        <source>Raster layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="53" />
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="40" />
        <source>Export asset bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="43" />
        <source>Writes a vector layer as a zip file for Lizard's asset import (&lt;portal&gt;/import/): a shapefile (UTF-8) and an .ini file that tells Lizard which column holds which field. Nothing is uploaded. Field names longer than 10 characters are shortened (and made unique); the .ini refers to the names written. Features without a valid geometry are skipped and counted.

INPUT: the assets ("selected features only" is respected).
ASSET_TYPE: the Lizard asset type in CamelCase, e.g. GroundwaterStation, Pumpstation, Pipe, Polder (or its API name, e.g. groundwaterstations). Point, line or polygon layers must fit it.
COLUMNS: lizard_field=LAYER_FIELD pairs separated by semicolons, e.g. code=ID;name=NAME.
DEFAULTS: lizard_field=value pairs for fields that are the same for every asset, e.g. frequency=daily;scale=1.
ORGANISATION: the UUID of the organisation the assets belong to.
NESTED_ASSET: the type of nested assets in the same row, e.g. Filter.
NESTED_FIRST: the first layer field of the nested block; it and every field to its right hold the nested assets, NESTED_FIELDS at a time.
NESTED_FIELDS: the Lizard fields of one nested asset, separated by commas, e.g. code,filter_top_level,filter_bottom_level.

OUTPUT: the zip file. FEATURES and SKIPPED: how many features were written and left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="64" />
        <source>Assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="66" />
        <source>Asset type (e.g. GroundwaterStation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="67" />
        <source>Columns (lizard_field=LAYER_FIELD;...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="69" />
        <source>Defaults (lizard_field=value;...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="71" />
        <source>Organisation UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="73" />
        <source>Nested asset type (e.g. Filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="75" />
        <source>First field of the nested assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="78" />
        <source>Nested asset fields (f1,f2,...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="384" />
        <source>Asset bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="147" />
        <source>Zip files (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="82" />
        <source>Features written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="83" />
        <source>Features skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="84" />
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="101" />
        <source>Nested assets need all three of NESTED_ASSET, NESTED_FIRST and NESTED_FIELDS.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../processing/export_asset_bundle.py" line="113" />
        <source>Wrote %n asset(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %n asset to {path}.</numerusform>
            <numerusform>Wrote %n assets to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="22" />
        <source>The layer {name} is not a raster file on disk; save it as a file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="407" />
        <source>Export GeoTIFF for Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="45" />
        <source>Writes one band of a raster layer as a GeoTIFF that Lizard accepts: a single band, tiled and DEFLATE-compressed, with a NODATA value and a CRS with an EPSG code. Nothing is left behind when it fails or is cancelled.

INPUT: a raster layer stored in a file.
BAND: the band to write (default 1).
NODATA: the no-data value, needed only when the band has none (the band's own value is kept). It should not occur in the data; you are warned when it does.
TARGET_CRS: reproject to this CRS (it must have an EPSG code). Without it the layer's CRS is kept; a CRS without an EPSG code is refused.

OUTPUT: the GeoTIFF (.tif).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="454" />
        <source>Band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="63" />
        <source>NODATA value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="456" />
        <source>Target CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="66" />
        <source>GeoTIFF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin.py" line="76" />
        <source>Export asset bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin.py" line="82" />
        <source>Export GeoTIFF for Lizard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin.py" line="80" />
        <source>Export asset bundle for Lizard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="92" />
        <source>Export asset bundle for Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="100" />
        <source>Selected features only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="115" />
        <source>Lizard field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="107" />
        <source>Layer field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="116" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="119" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="115" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="125" />
        <source>Optional organisation UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="127" />
        <source>Nested assets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="138" />
        <source>field1,field2,…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="140" />
        <source>Nested asset type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="141" />
        <source>First layer field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="142" />
        <source>Lizard fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="153" />
        <source>Open the Lizard import page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="165" />
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="167" />
        <source>Asset type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="170" />
        <source>Columns (Lizard field ← layer field)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="170" />
        <source>Defaults (Lizard field = value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="187" />
        <source>Output .zip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="248" />
        <source>Columns: “{key}” is given twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="260" />
        <source>Defaults: give both a Lizard field and a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="262" />
        <source>Defaults: “{key}” is given twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="344" />
        <source>Choose a vector layer to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="347" />
        <source>Choose the .zip file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="368" />
        <source>Exporting an asset bundle for Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="589" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/export_dialogs.py" line="378" />
        <source>{path}: %n feature(s) exported</source>
        <translation><numerusform>{path}: %n feature exported</numerusform><numerusform>{path}: %n features exported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export_dialogs.py" line="380" />
        <source>%n skipped (no valid geometry)</source>
        <translation><numerusform>%n skipped (no valid geometry)</numerusform><numerusform>%n skipped (no valid geometry)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="423" />
        <source>Keep the layer's CRS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="428" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="430" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="430" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="430" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="444" />
        <source>Check for Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="455" />
        <source>NODATA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="457" />
        <source>Output .tif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="497" />
        <source>The band's own NODATA value; it is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="500" />
        <source>Required: the band has no NODATA value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="501" />
        <source>A value that does not occur in the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="505" />
        <source>Choose a raster layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="507" />
        <source>{name} is not a raster file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="517" />
        <source>pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="519" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="521" />
        <source>fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="527" />
        <source>{path} meets Lizard's rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="529" />
        <source>{path} does not meet Lizard's rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="599" />
        <source>GeoTIFF export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="562" />
        <source>Choose the .tif file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="571" />
        <source>NODATA “{value}” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="585" />
        <source>Exporting a GeoTIFF for Lizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="596" />
        <source>{path} was written.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>