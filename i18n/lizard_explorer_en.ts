<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="230"/>
        <source>Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Lizard settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="122"/>
        <source>Lizard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="59"/>
        <source>Lizard Explorer {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_filters.py" line="17"/>
        <source>The area to load buildings for is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/buildings/buildings.py" line="349"/>
        <source>{rate} buildings/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="80"/>
        <source>No Lizard portal address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="86"/>
        <source>“{url}” is not a Lizard portal address; use e.g. https://demo.lizard.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="127"/>
        <source>Lizard answered with something that is not a list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="165"/>
        <source>Refusing to send your API key over an unencrypted connection to {host}: use https:// for the portal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="358"/>
        <source>Could not send the request to Lizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="373"/>
        <source>The connection to Lizard broke off before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="447"/>
        <source>Lizard sent a link to another server ({host}); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="250"/>
        <source>Lizard answered with something that is not JSON; is the portal address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="180"/>
        <source>Lizard did not accept your API key; check it in the Lizard settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="184"/>
        <source>Lizard refused the change: your key has no permission for it ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="194"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="81"/>
        <source>Lizard has no such object, or it is not visible with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="194"/>
        <source>Lizard rejected the request: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="200"/>
        <source>Lizard is receiving too many requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="202"/>
        <source>Lizard is receiving too many requests; try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="206"/>
        <source>Lizard had a problem answering (HTTP {status}); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="210"/>
        <source>Lizard answered with an unexpected error (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="217"/>
        <source>Could not reach Lizard at {host}; check the portal address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="225"/>
        <source>Lizard at {host} did not answer in time; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="27"/>
        <source>The portal {portal} did not answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="29"/>
        <source>The portal {portal} answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="31"/>
        <source>No API key is set: you see public data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="33"/>
        <source>Your API key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="35"/>
        <source>Your API key was accepted: you are {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="37"/>
        <source>Your API key was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="42"/>
        <source>Organisations: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="44"/>
        <source>The portal did not list any organisations for your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="30"/>
        <source>The QGIS authentication system is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="44"/>
        <source>The QGIS authentication database is locked; open the Lizard settings once to unlock it, or set LIZARD_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="49"/>
        <source>The QGIS authentication database is locked; enter its master password to use your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="119"/>
        <source>The saved Lizard key (authentication config {id}) could not be read; enter it again in the Lizard settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="133"/>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="153"/>
        <source>The API key could not be saved in the QGIS authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="51"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="49"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="39"/>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="51"/>
        <source>yes, every {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="240"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="88"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="110"/>
        <source>Temporal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="39"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="38"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="128"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="84"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="100"/>
        <source>west {west:.5f}, south {south:.5f}, east {east:.5f}, north {north:.5f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="29"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="40"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="89"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="115"/>
        <source>First time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="116"/>
        <source>Last time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="241"/>
        <source>Observation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="122"/>
        <source>Extent (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="124"/>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="125"/>
        <source>No-data value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="37"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="127"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="110"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="27"/>
        <source>Name (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="27"/>
        <source>Name (Z–A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="28"/>
        <source>Newest change first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="28"/>
        <source>Oldest change first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="30"/>
        <source>Latest start first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="30"/>
        <source>Latest end first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="43"/>
        <source>Largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="44"/>
        <source>Smallest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="31"/>
        <source>Supplier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="34"/>
        <source>The area to search in is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query.py" line="107"/>
        <source>No features are selected to search in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="18"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="42"/>
        <source>Lizard gives no WMS address for the raster “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="191"/>
        <source>Organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="204"/>
        <source>QGIS could not open the WMS layer of “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="260"/>
        <source>No raster layer shows the rastersource “{name}” yet; a raster layer has to be made for it in Lizard before it can go on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="19"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="19"/>
        <source>Rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="91"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="29"/>
        <source>Check Lizard connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="34"/>
        <source>Checks that the Lizard portal answers and whether it accepts the API key. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set (useful with qgis_process). Fails when the portal cannot be reached or the key is refused.

Outputs: PORTAL (the portal address), AUTHENTICATED (1 when a key was accepted, 0 when working anonymously), USERNAME, ORGANISATIONS (one per line, with roles) and REPORT (the result in words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="46"/>
        <source>Key accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="81"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="48"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="46"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="42"/>
        <source>Download buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="93"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="75"/>
        <source>Area layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="77"/>
        <source>Buildings that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="77"/>
        <source>Intersect the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="77"/>
        <source>Are within the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="80"/>
        <source>Building code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="81"/>
        <source>Built in or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="83"/>
        <source>Built in or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="85"/>
        <source>Postal code starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="76"/>
        <source>Valid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="88"/>
        <source>Maximum number of buildings (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="106"/>
        <source>Give an extent or an area layer: loading every building of Lizard is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="115"/>
        <source>The area layer has no (selected) features with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/download_buildings.py" line="149"/>
        <source>%n building(s) loaded so far.</source>
        <translation>
            <numerusform>%n building loaded so far.</numerusform>
            <numerusform>%n buildings loaded so far.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="159"/>
        <source>Cancelled; the buildings loaded until then are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_load.py" line="189"/>
        <source>%n building(s) loaded.</source>
        <translation>
            <numerusform>%n building loaded.</numerusform>
            <numerusform>%n buildings loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="37"/>
        <source>Load raster as WMS layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="59"/>
        <source>Raster layer or rastersource UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="55"/>
        <source>WMS data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="66"/>
        <source>“{text}” is not the UUID of a Lizard raster layer or rastersource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="87"/>
        <source>Search rastersources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="92"/>
        <source>Finds Lizard rastersources (the stored raster data) and writes one polygon per source: the source&apos;s extent in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only public sources are found.

NAME: only sources whose name contains this text (any case); a UUID finds that one source.
ORGANISATION: only sources of organisations whose name contains this text (or the organisation&apos;s UUID).
TEMPORAL: any source, only temporal sources (a series of rasters in time) or only non-temporal ones.
EXTENT: only sources whose extent intersects this area. Lizard cannot filter by area, so every source that matches the other filters is fetched and checked here. Sources without a known extent are left out when an extent is given, and written without geometry when not.

OUTPUT: the sources, with the fields uuid, name, organisation, temporal (true/false), interval (ISO 8601 duration, e.g. PT1H), first_value_timestamp and last_value_timestamp (text, ISO 8601 in UTC as Lizard gives them), projection, pixelsize_x and pixelsize_y (in units of the projection), dtype, fill_value (the no-data value, as text), size (bytes), last_modified (text, ISO 8601 in UTC) and writable (true when your key may change the source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="114"/>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="89"/>
        <source>Organisation name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="92"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="90"/>
        <source>Temporal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="90"/>
        <source>Non-temporal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="92"/>
        <source>Intersecting extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="75"/>
        <source>Rastersources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="144"/>
        <source>{matched} of {scanned} rastersources matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="175"/>
        <source>Adding “{name}” to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="177"/>
        <source>Adding Lizard rasters to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="343"/>
        <source>Added “{name}” to the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/add_to_map.py" line="206"/>
        <source>Added %n layer(s) to the map: {names}.</source>
        <translation>
            <numerusform>Added %n layer to the map: {names}.</numerusform>
            <numerusform>Added %n layers to the map: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="12"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="29"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="12"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="12"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="13"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="13"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="13"/>
        <source>Build year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="14"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="200"/>
        <source>Lizard buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="68"/>
        <source>e.g. 0603100000003566</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="69"/>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="73"/>
        <source>e.g. 2286 or 2286JG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="78"/>
        <source>Only the buildings that existed at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="140"/>
        <source>Name or UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="149"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="89"/>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="166"/>
        <source>Map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="107"/>
        <source>Selected features of the active layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="166"/>
        <source>Shape drawn on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="112"/>
        <source>Intersecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="113"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="114"/>
        <source>Buildings that touch the area, or only those entirely inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="205"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="205"/>
        <source>Draw a rectangle on the map (drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="207"/>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="207"/>
        <source>Draw a polygon on the map (click the corners; right-click or double-click to finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="212"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="213"/>
        <source>Remove the drawn shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="212"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="173"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="130"/>
        <source>Load at most this many buildings (All: every building that matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="133"/>
        <source>Temporary layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="134"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="138"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="214"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="198"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="150"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="152"/>
        <source>Ask Lizard how many buildings match, before loading them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="153"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="205"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="158"/>
        <source>Stop loading; the buildings that arrived stay in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="182"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="81"/>
        <source>the map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="61"/>
        <source>Make a vector layer active and select features in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="63"/>
        <source>Select features of “{layer}” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="93"/>
        <source>the selected features of “{layer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="96"/>
        <source>Draw a rectangle or a polygon on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="70"/>
        <source>the drawn shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="243"/>
        <source>Counting Lizard buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="247"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="255"/>
        <source>Lizard does not count the buildings for this filter; Load gets them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="257"/>
        <source>%n building(s) match.</source>
        <translation>
            <numerusform>%n building matches.</numerusform>
            <numerusform>%n buildings match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="264"/>
        <source>Counting failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="55"/>
        <source>Choose a GeoPackage file to save the buildings in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="70"/>
        <source>Lizard buildings ({area})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="91"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="102"/>
        <source>Loading Lizard buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="115"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="156"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="159"/>
        <source>{done} loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="161"/>
        <source>Loading… {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_load.py" line="182"/>
        <source>Stopped: %n building(s) loaded.</source>
        <translation>
            <numerusform>Stopped: %n building loaded.</numerusform>
            <numerusform>Stopped: %n buildings loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_load.py" line="184"/>
        <source>Loading stopped by an error: %n building(s) loaded.</source>
        <translation>
            <numerusform>Loading stopped by an error: %n building loaded.</numerusform>
            <numerusform>Loading stopped by an error: %n buildings loaded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="208"/>
        <source>Could not open {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="263"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="232"/>
        <source>The layer was removed; loading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="30"/>
        <source>with your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="30"/>
        <source>anonymously (public data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="31"/>
        <source>{portal}, {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_results.py" line="81"/>
        <source>{name}
UUID: {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="47"/>
        <source>Lizard rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="75"/>
        <source>Raster layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="77"/>
        <source>Raster layers: what Lizard shows, with their styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="78"/>
        <source>Rastersources: the data that raster layers show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="76"/>
        <source>Search by name or UUID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="84"/>
        <source>Part of a name, or a UUID; press Enter to list everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="70"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="70"/>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="70"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="94"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="94"/>
        <source>In the map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="94"/>
        <source>In the selected features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="100"/>
        <source>Only what lies (partly) in the map extent or in the features selected in the active layer; this follows the map as you pan and select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="106"/>
        <source>Order by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="127"/>
        <source>Add to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="132"/>
        <source>Add the selected rasters to the map as WMS layers, styled as in Lizard (or double-click them, or drag them onto the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="132"/>
        <source>Zoom to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="137"/>
        <source>Zoom the map to the selected rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="134"/>
        <source>Copy UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="139"/>
        <source>Copy the UUID of the selected rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="84"/>
        <source>The map shows no area to search in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="88"/>
        <source>Make a vector layer active and select features in it to search there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="90"/>
        <source>Select features of “{layer}” to search there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="238"/>
        <source>The search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="142"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="205"/>
        <source>Searching Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="236"/>
        <source>{status} Loading more failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="250"/>
        <source>Nothing found: none of the {scanned} scanned matched ({total} in Lizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="252"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="254"/>
        <source>{matched} matched of {scanned} scanned ({total} in Lizard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="256"/>
        <source>{shown} shown of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="41"/>
        <source>Your organisation&apos;s Lizard portal, e.g. https://demo.lizard.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="45"/>
        <source>Your Personal API Key. It is kept in the QGIS authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="46"/>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>Saved in the QGIS authentication database; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>No key: public data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="109"/>
        <source>LIZARD_URL is set: it overrides the portal saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>LIZARD_API_KEY is set: it overrides the key saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="134"/>
        <source>The saved key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>Testing {portal}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="152"/>
        <source>Testing the Lizard connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="193"/>
        <source>Lizard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="79"/>
        <source>“{type}” is not a Lizard asset type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="133"/>
        <source>{what}: “{piece}” is not of the form lizard_field=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="136"/>
        <source>{what}: “{key}” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="144"/>
        <source>“{text}” cannot be written in the .ini file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="148"/>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="148"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="148"/>
        <source>polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="157"/>
        <source>The layer has no field(s) {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="163"/>
        <source>The layer has no field {name} to start the nested assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="165"/>
        <source>The nested assets need at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="168"/>
        <source>The layer has {count} columns from {first} onwards, which is not a multiple of the {n} nested fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="205"/>
        <source>Map at least one Lizard field to a layer field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="220"/>
        <source>The layer has no coordinate reference system; set one before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="223"/>
        <source>The layer has no point, line or polygon geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="225"/>
        <source>{type} assets need {kind} geometries, but the layer has {layer_kind} geometries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="149"/>
        <source>Feature {id} has no geometry or an invalid one; fix it or skip such features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="178"/>
        <source>Field {name} holds text longer than {max} bytes (e.g. feature {id}), which a shapefile cannot store; shorten it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="185"/>
        <source>There are no features with a valid geometry to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/assets/shapefile.py" line="502"/>
        <source>%n feature(s) without a valid geometry were skipped.</source>
        <translation>
            <numerusform>%n feature without a valid geometry was skipped.</numerusform>
            <numerusform>%n features without a valid geometry were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="133"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="253"/>
        <source>The shapefile could not be written completely ({ext} is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="519"/>
        <source>The shapefile could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="530"/>
        <source>The field {name} could not be created in the shapefile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="556"/>
        <source>A feature could not be written to the shapefile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="289"/>
        <source>The written bundle could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="301"/>
        <source>The written bundle did not read back as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="50"/>
        <source>GDAL cannot read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="80"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="94"/>
        <source>The target CRS {crs} is not a coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="155"/>
        <source>{path} has no band {band}; it has {count} band(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="165"/>
        <source>The target CRS {crs} has no EPSG code, which Lizard requires; choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="169"/>
        <source>{path} has no CRS, so it cannot be reprojected; assign its CRS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="174"/>
        <source>{path} has no CRS; Lizard needs a CRS with an EPSG code, so assign one or reproject to an EPSG CRS such as EPSG:28992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="179"/>
        <source>The layer&apos;s CRS ({crs}) has no EPSG code, which Lizard requires; reproject it to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="187"/>
        <source>The band already has NODATA value {kept}; {given} was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="191"/>
        <source>Band {band} of {path} has no NODATA value; give one (a value that does not occur in the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="195"/>
        <source>The NODATA value {nodata} occurs in the data; those cells will be treated as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="206"/>
        <source>GDAL could not read band {band} of {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="225"/>
        <source>GDAL could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="247"/>
        <source>GDAL cannot read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="248"/>
        <source>{path} is not a raster GDAL can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="254"/>
        <source>The file is a GeoTIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="256"/>
        <source>The file is {format}, not a GeoTIFF; Lizard accepts GeoTIFF only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="261"/>
        <source>The file has a single band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="263"/>
        <source>The file has {count} bands; Lizard accepts a single band (export one band per file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="269"/>
        <source>NODATA is set ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="272"/>
        <source>The file has no NODATA value; Lizard requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="277"/>
        <source>The CRS is EPSG:{code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="279"/>
        <source>The file has no CRS; Lizard requires a CRS with an EPSG code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="282"/>
        <source>The CRS ({crs}) has no EPSG code; reproject to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="294"/>
        <source>The file&apos;s size cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="297"/>
        <source>The file is {size:.1f} GiB; files above {limit} GiB upload slowly and may be interrupted, consider splitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="300"/>
        <source>The file is {size:.2f} GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="331"/>
        <source>{path} has {count} band(s) but {given} timestamp(s) were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="354"/>
        <source>The timestamps are not unique; Lizard takes one GeoTIFF per timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="120"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="15"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="15"/>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="15"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="31"/>
        <source>Check GeoTIFF for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="34"/>
        <source>Checks a raster file against Lizard&apos;s rules for rastersource data: GeoTIFF format, a single band, a NODATA value and a CRS with an EPSG code. It also warns when the file is larger than 4 GiB (a warning only: the file may still be uploaded).

INPUT: a raster layer stored in a file.

VALID: 1 when every rule passes (warnings aside), else 0.
REPORT: one line per rule: OK, WARNING or FAIL, the rule and what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="126"/>
        <source>Raster layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="45"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="46"/>
        <source>Export asset bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="75"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="77"/>
        <source>Asset type (e.g. GroundwaterStation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="78"/>
        <source>Columns (lizard_field=LAYER_FIELD;...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="80"/>
        <source>Defaults (lizard_field=value;...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="82"/>
        <source>Organisation UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="84"/>
        <source>Nested asset type (e.g. Filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="86"/>
        <source>First field of the nested assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="89"/>
        <source>Nested asset fields (f1,f2,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="376"/>
        <source>Asset bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="128"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="99"/>
        <source>Features written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="100"/>
        <source>Features skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="101"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="135"/>
        <source>Nested assets need all three of NESTED_ASSET, NESTED_FIRST and NESTED_FIELDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/export_asset_bundle.py" line="147"/>
        <source>Wrote %n asset(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %n asset to {path}.</numerusform>
            <numerusform>Wrote %n assets to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="34"/>
        <source>The layer {name} is not a raster file on disk; save it as a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="63"/>
        <source>Export GeoTIFF for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="43"/>
        <source>Writes one band of a raster layer as a GeoTIFF that Lizard accepts: a single band, tiled and DEFLATE-compressed, with a NODATA value and a CRS with an EPSG code. Nothing is left behind when it fails or is cancelled.

INPUT: a raster layer stored in a file.
BAND: the band to write (default 1).
NODATA: the no-data value, needed only when the band has none (the band&apos;s own value is kept). It should not occur in the data; you are warned when it does.
TARGET_CRS: reproject to this CRS (it must have an EPSG code). Without it the layer&apos;s CRS is kept; a CRS without an EPSG code is refused.

OUTPUT: the GeoTIFF (.tif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="104"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="86"/>
        <source>NODATA value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="129"/>
        <source>Target CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="60"/>
        <source>GeoTIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="124"/>
        <source>Export asset bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="139"/>
        <source>Export GeoTIFF for Lizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="137"/>
        <source>Export asset bundle for Lizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="64"/>
        <source>Export asset bundle for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="49"/>
        <source>Selected features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="87"/>
        <source>Lizard field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="79"/>
        <source>Layer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="88"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="80"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="121"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="97"/>
        <source>Optional organisation UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="99"/>
        <source>Nested assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="110"/>
        <source>field1,field2,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="112"/>
        <source>Nested asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="113"/>
        <source>First layer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="114"/>
        <source>Lizard fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="134"/>
        <source>Open the Lizard import page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="121"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="50"/>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="151"/>
        <source>Columns (Lizard field ← layer field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="151"/>
        <source>Defaults (Lizard field = value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="170"/>
        <source>Output .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="231"/>
        <source>Columns: “{key}” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="243"/>
        <source>Defaults: give both a Lizard field and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="245"/>
        <source>Defaults: “{key}” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="330"/>
        <source>Choose a vector layer to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="333"/>
        <source>Choose the .zip file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="357"/>
        <source>Exporting an asset bundle for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="315"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/asset_bundle_dialog.py" line="367"/>
        <source>{path}: %n feature(s) exported</source>
        <translation>
            <numerusform>{path}: %n feature exported</numerusform>
            <numerusform>{path}: %n features exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/asset_bundle_dialog.py" line="369"/>
        <source>%n skipped (no valid geometry)</source>
        <translation>
            <numerusform>%n skipped (no valid geometry)</numerusform>
            <numerusform>%n skipped (no valid geometry)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="79"/>
        <source>Keep the layer&apos;s CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="84"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="84"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="103"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="103"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="117"/>
        <source>Check for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="105"/>
        <source>NODATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="130"/>
        <source>Output .tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="192"/>
        <source>The band&apos;s own NODATA value; it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="195"/>
        <source>Required: the band has no NODATA value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="196"/>
        <source>A value that does not occur in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="200"/>
        <source>Choose a raster layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="202"/>
        <source>{name} is not a raster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="208"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="208"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="208"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="217"/>
        <source>{path} meets Lizard&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="219"/>
        <source>{path} does not meet Lizard&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="336"/>
        <source>GeoTIFF export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="245"/>
        <source>Choose the .tif file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="133"/>
        <source>NODATA “{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="266"/>
        <source>Exporting a GeoTIFF for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="333"/>
        <source>{path} was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="141"/>
        <source>Upload to Lizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Upload timeseries events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="108"/>
        <source>The shapefile&apos;s {ext} file would be about {size} MB, more than the {limit} MB a shapefile can hold; export fewer features or fewer fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/assets/shapefile.py" line="182"/>
        <source>%n text value(s) longer than {max} bytes were cut to fit the shapefile (field {name}, e.g. feature {id}).</source>
        <translation>
            <numerusform>%n text value longer than {max} bytes was cut to fit the shapefile (field {name}, e.g. feature {id}).</numerusform>
            <numerusform>%n text values longer than {max} bytes were cut to fit the shapefile (field {name}, e.g. feature {id}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="480"/>
        <source>The shapefile could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_grid.py" line="108"/>
        <source>The area cannot be converted to {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="196"/>
        <source>No raster was given; give the UUID of a Lizard raster layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="200"/>
        <source>Lizard has no raster {uuid}, or your key may not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="213"/>
        <source>Lizard&apos;s answer about the time steps is not a list of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="271"/>
        <source>The pixel size cannot be converted to {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="296"/>
        <source>{crs} is not a coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="297"/>
        <source>The raster {name} has no projection in Lizard; choose a CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="306"/>
        <source>The CRS {crs} has no EPSG code, which Lizard needs; choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="314"/>
        <source>The pixel size must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="316"/>
        <source>The raster {name} has no pixel size in Lizard; give a pixel size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="322"/>
        <source>The raster {name} has no projection in Lizard, so its pixel size cannot be converted; give a pixel size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="328"/>
        <source>The pixel size {x} x {y} in {crs} matches the raster&apos;s own at the area&apos;s centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="348"/>
        <source>The raster {name} has no time steps yet: it holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="350"/>
        <source>The raster {name} has no time step between {start} and {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="353"/>
        <source>No time was given: the last time step, {time}, is downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="356"/>
        <source>The raster {name} is not temporal: the time is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="373"/>
        <source>The raster {name} has no extent in Lizard; give an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="72"/>
        <source>The area is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="470"/>
        <source>The layer has no field {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="478"/>
        <source>There are no features with a geometry in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="112"/>
        <source>The folder {folder} cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="119"/>
        <source>Every file is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="135"/>
        <source>{failed} of {count} files could not be downloaded; the first: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="159"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="150"/>
        <source>Downloading {count} file(s) in {tiles} tile(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="167"/>
        <source>Downloading {name} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="256"/>
        <source>Lizard finished the download task but did not say where the file is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="262"/>
        <source>Lizard answered with something that is not a GeoTIFF for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="273"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="458"/>
        <source>GDAL cannot read the tile Lizard sent for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="300"/>
        <source>The tiles of {name} cannot be joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="63"/>
        <source>{path} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="466"/>
        <source>Lizard sent {got} pixels for a tile of {name} where {want} were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="112"/>
        <source>{shown} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="110"/>
        <source>{count} rows have no usable time (rows {rows}); every event needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="114"/>
        <source>{count} rows have a value or flag that is not a number (rows {rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="119"/>
        <source>{count} rows repeat a time that another row already has: {pairs}. Lizard refuses duplicate times in one upload; remove or merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="186"/>
        <source>timeseries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="146"/>
        <source>{error} ({stored} events were stored before this batch.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="170"/>
        <source>The layer has no field {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="345"/>
        <source>{count} layer(s) but {given} timestamp(s) were given; give one timestamp per layer, in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/times.py" line="107"/>
        <source>“{text}” is not an ISO 8601 date and time in UTC, for example 2020-01-01T06:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="53"/>
        <source>Lizard accepted the request but did not say which task handles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="100"/>
        <source>Lizard answered with something that is not a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="114"/>
        <source>Lizard could not process it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="116"/>
        <source>Lizard could not process it (the task ended as {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="122"/>
        <source>Lizard is still processing after {minutes} minutes; it may yet finish, check the task later at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="118"/>
        <source>The file {name} became shorter while it was being uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/times.py" line="290"/>
        <source>“{value}” is not a date and time; write it like 2024-05-01T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/times.py" line="366"/>
        <source>“{value}” is not an interval; write it like 01:00:00, 1h, 15min or P1D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/times.py" line="369"/>
        <source>The interval must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="157"/>
        <source>The access must be Private, Common or Public, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/query.py" line="62"/>
        <source>The {what} “{value}” is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="139"/>
        <source>rastersource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="149"/>
        <source>Give the new rastersource a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="200"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="207"/>
        <source>A temporal rastersource needs an interval (the time between steps, e.g. 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="303"/>
        <source>Give the new raster layer a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="305"/>
        <source>Choose an observation type for the new raster layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="271"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="289"/>
        <source>The rastersource {name} is temporal: give the time (UTC) of {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="302"/>
        <source>Lizard gave up receiving {file} (HTTP 504): the file is too large for one request. Split it into smaller tiles (or time steps) and upload them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="362"/>
        <source>The rastersource {name} is temporal: give the time (UTC) of {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="368"/>
        <source>{first} and {second} have the same time {time}; each time step is one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="352"/>
        <source>The rastersource {name} is not temporal: it holds one raster, so upload one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="516"/>
        <source>{done} of {total} files uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="518"/>
        <source>{file} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="520"/>
        <source>Not sent: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="90"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="45"/>
        <source>Download raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="74"/>
        <source>Raster layer UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="94"/>
        <source>Mask layer (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="78"/>
        <source>One file per feature of the mask layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="80"/>
        <source>Name the files after the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="83"/>
        <source>CRS (default: the raster&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="84"/>
        <source>Pixel size (default: the raster&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="87"/>
        <source>NODATA value (default: the raster&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="90"/>
        <source>Time (step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="91"/>
        <source>Until (one file per time step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="93"/>
        <source>Output GeoTIFF, VRT or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="93"/>
        <source>GeoTIFF (*.tif *.tiff);;VRT over the tiles (*.vrt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="103"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="112"/>
        <source>The mask layer has no (selected) features with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="134"/>
        <source>{path} is already there: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="122"/>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="143"/>
        <source>{files} file(s) in {tiles} tile(s), {crs}, pixel size {x} x {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="394"/>
        <source>Cancelled: the files that were complete are kept, nothing partial is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="165"/>
        <source>Features without a valid geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="118"/>
        <source>Skip and count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="122"/>
        <source>Refuse to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="166"/>
        <source>Text longer than 254 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="123"/>
        <source>Cut to 254 bytes and warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="59"/>
        <source>Export time steps for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="62"/>
        <source>Writes time steps as GeoTIFFs that Lizard accepts, one file per time step named with its UTC timestamp (e.g. rain_20200101T060000Z.tif), and timesteps.csv in the same folder with a file,timestamp row per file for the upload to a temporal rastersource. Nothing is left behind when it fails.

INPUT: a NetCDF or multi-band raster whose bands are the time steps.
INPUT_LAYERS: instead of INPUT, a set of raster layers, one per time step (band 1 of each).
TIMESTAMPS: the UTC time of each band or layer, in the same order, separated by commas or new lines (ISO 8601, e.g. 2020-01-01T06:00:00Z). Leave it empty to take the times from the raster: NetCDF time metadata (&quot;hours since ...&quot; and the like) or band descriptions that are dates.
NODATA: the no-data value, needed only when the bands have none.
TARGET_CRS: reproject to this CRS (it must have an EPSG code).

OUTPUT: the folder. FILES: the GeoTIFFs written, one path per line; CSV: timesteps.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="78"/>
        <source>NetCDF or multi-band raster (one band per time step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="80"/>
        <source>Or: raster layers, one per time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="83"/>
        <source>Timestamps (ISO 8601 UTC, in order; empty: from the raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="100"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="90"/>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="91"/>
        <source>List of files and timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="92"/>
        <source>Number of time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="99"/>
        <source>Give either INPUT (one raster with a band per time step) or INPUT_LAYERS (one layer per time step), not both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="111"/>
        <source>{name} does not say the time of its bands; give TIMESTAMPS, one per band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="114"/>
        <source>Times from the raster: {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="125"/>
        <source>{name} does not say its time; give TIMESTAMPS, one per layer in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/export_timesteps.py" line="134"/>
        <source>Wrote %n time step(s) and {csv} to {folder}.</source>
        <translation>
            <numerusform>Wrote %n time step and {csv} to {folder}.</numerusform>
            <numerusform>Wrote %n time steps and {csv} to {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="64"/>
        <source>Upload raster to Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="67"/>
        <source>Uploads one band of a raster layer to a Lizard rastersource — an existing one, or a new one it creates — and follows Lizard's processing of it to the end. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; the key needs the supplier role in the rastersource's organisation.

The file is made Lizard-ready first (single band, NODATA, a CRS with an EPSG code): a file that already is one is sent as it is, anything else is exported to a temporary GeoTIFF. The file is streamed from disk, so large files do not fill the memory; the progress bar follows the bytes sent.

INPUT: a raster layer stored in a file.
BAND: the band to upload (default 1).
NODATA: the no-data value, needed only when the band has none.
RASTERSOURCE: the UUID of the rastersource to upload to. Leave it empty to create a new one with NAME, ORGANISATION, ACCESS, TEMPORAL and INTERVAL (which are ignored otherwise).
NAME: the name of the new rastersource.
ORGANISATION: the UUID of the new rastersource's organisation.
ACCESS: who may see the new rastersource: Private (your organisation), Common (every logged-in user) or Public (everyone).
TEMPORAL: the new rastersource holds a raster per time step.
INTERVAL: the time between steps of a new temporal rastersource, e.g. 01:00:00, 1h, 15min or P1D.
TIMESTAMP: the time of this raster in ISO 8601, e.g. 2024-05-01T12:00:00Z (a time without a zone is taken as UTC). Required for a temporal rastersource: without it nothing is sent.
WAIT: follow Lizard's processing until it ends (default). Without it the algorithm returns as soon as the file is sent and Lizard has accepted it.

RASTERSOURCE (output): the UUID of the rastersource.
TASK_STATUS: the status of Lizard's task: SUCCESS when it waited and all went well; without WAIT the status when the algorithm returned (e.g. PENDING). A task that fails makes the algorithm fail with Lizard's reason.
TASK_URL: the address of Lizard's task, to check on it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="102"/>
        <source>Rastersource UUID (empty: create a new rastersource)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="104"/>
        <source>Name of a new rastersource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="105"/>
        <source>Organisation UUID of a new rastersource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="107"/>
        <source>Access of a new rastersource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="110"/>
        <source>New rastersource is temporal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="112"/>
        <source>Interval of a new temporal rastersource (e.g. 1h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="114"/>
        <source>Time of this raster (ISO 8601, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="116"/>
        <source>Wait until Lizard has processed the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="118"/>
        <source>Rastersource UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="119"/>
        <source>Task status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="120"/>
        <source>Task URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="144"/>
        <source>To create a rastersource give its NAME and ORGANISATION (a UUID), or give the UUID of an existing rastersource as RASTERSOURCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="168"/>
        <source>The upload was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="346"/>
        <source>Your key may not upload to the rastersource {name}: that needs the supplier role in its organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="183"/>
        <source>Checking {file} for Lizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="178"/>
        <source>Created the rastersource {name} ({uuid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="187"/>
        <source>Uploading {file} ({size} MB) to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="198"/>
        <source>Uploading: {sent} of {total} MB sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="191"/>
        <source>Uploaded; processing on Lizard (task {url}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="229"/>
        <source>Not waiting: the task is {status}; Lizard goes on processing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="202"/>
        <source>Processing on Lizard ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="203"/>
        <source>Processing on Lizard: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="221"/>
        <source>Stopped waiting; the file was sent and Lizard goes on processing it (task {url}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="232"/>
        <source>Done: Lizard has processed the file into {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="243"/>
        <source>Could not read the task&apos;s status: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="41"/>
        <source>Upload timeseries events to Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="68"/>
        <source>Table or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="100"/>
        <source>Timeseries UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="101"/>
        <source>Time field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="102"/>
        <source>Value field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="103"/>
        <source>Flag field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="104"/>
        <source>Comment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="86"/>
        <source>Events stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="106"/>
        <source>Cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="113"/>
        <source>Skipped {count} rows without a value (rows {rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="116"/>
        <source>The table has no rows with a time and a value: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="117"/>
        <source>Sending {count} events to the timeseries {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="127"/>
        <source>Cancelled; the batches sent before were stored (sending them again is harmless).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="131"/>
        <source>Lizard stored {count} events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="87"/>
        <source>One file per band (time steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="93"/>
        <source>One per band, in UTC, e.g. 2020-01-01T00:00:00Z, 2020-01-01T01:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="99"/>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="166"/>
        <source>Read from the raster&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="297"/>
        <source>Choose the folder to write the time steps to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="300"/>
        <source>Give the timestamp of each band, in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="311"/>
        <source>Exporting time steps for Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/geotiff_dialog.py" line="322"/>
        <source>%n GeoTIFF(s) and {csv} were written to {folder}.</source>
        <translation>
            <numerusform>%n GeoTIFF and {csv} were written to {folder}.</numerusform>
            <numerusform>%n GeoTIFFs and {csv} were written to {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="42"/>
        <source>uploading {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="44"/>
        <source>failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="46"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="47"/>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="48"/>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="49"/>
        <source>processing on Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="50"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="51"/>
        <source>not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="187"/>
        <source>Upload to Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="63"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="63"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="63"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="74"/>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="77"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="86"/>
        <source>The band to upload from files with more than one band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="89"/>
        <source>Optional: only for files without a NODATA value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="42"/>
        <source>An existing rastersource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="44"/>
        <source>A new rastersource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="49"/>
        <source>Search your writable rastersources by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="72"/>
        <source>Temporal (one file per time step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="77"/>
        <source>Time between steps, e.g. 1h, 15min, 1d or 01:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="91"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="221"/>
        <source>Create a raster layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="227"/>
        <source>Search observation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="236"/>
        <source>Create raster layer and add it to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="93"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="95"/>
        <source>Send the files that were not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="98"/>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="169"/>
        <source>Rasters to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="96"/>
        <source>Upload into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="136"/>
        <source>UTC, e.g. 2024-05-01T12:00:00Z; a time with a zone is converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="162"/>
        <source>{name} is not a raster file; only rasters stored in a file can be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="169"/>
        <source>GeoTIFF and time step lists (*.tif *.tiff *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="139"/>
        <source>Searching your writable rastersources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="162"/>
        <source>temporal, every {interval}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/upload_target.py" line="175"/>
        <source>%n writable rastersource(s).</source>
        <translation>
            <numerusform>%n writable rastersource.</numerusform>
            <numerusform>%n writable rastersources.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="177"/>
        <source>None of the rastersources you may write to matches; create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="196"/>
        <source>Loading your organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="139"/>
        <source>Add a raster layer or a file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="146"/>
        <source>Choose the rastersource to upload into, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="152"/>
        <source>Loading your organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="153"/>
        <source>Choose an organisation; you need the supplier role in one to create a rastersource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="214"/>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="300"/>
        <source>Uploading to a new Lizard rastersource “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="302"/>
        <source>Uploading to the Lizard rastersource “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="315"/>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="324"/>
        <source>Lizard is processing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="337"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="359"/>
        <source>Upload cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="263"/>
        <source>Loading observation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="316"/>
        <source>Creating the raster layer “{name}” in Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="322"/>
        <source>Creating the raster layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="328"/>
        <source>Raster layer “{name}” created in Lizard; adding it to the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="53"/>
        <source>The UUID of the timeseries in Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="98"/>
        <source>Layer or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="150"/>
        <source>Choose a layer or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="153"/>
        <source>Give the UUID of the timeseries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="159"/>
        <source>Choose the time field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="161"/>
        <source>Choose the value field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="209"/>
        <source>There are no events to send: no row has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="217"/>
        <source>Uploading timeseries events to Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="223"/>
        <source>Uploading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/events_dialog.py" line="238"/>
        <source>%n event(s) stored.</source>
        <translation>
            <numerusform>%n event stored.</numerusform>
            <numerusform>%n events stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/events_dialog.py" line="240"/>
        <source>%n row(s) without a value skipped.</source>
        <translation>
            <numerusform>%n row without a value skipped.</numerusform>
            <numerusform>%n rows without a value skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="255"/>
        <source>Timeseries events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="174"/>
        <source>Download from Lizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="358"/>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="77"/>
        <source>already there (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="78"/>
        <source>cancelled (nothing partial kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="402"/>
        <source>Download from Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="105"/>
        <source>Map canvas extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="99"/>
        <source>Selected polygons of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="99"/>
        <source>Drawn rectangle or polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="109"/>
        <source>One file per polygon, named from the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="111"/>
        <source>Unchecked: one file for the union of the selected polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="146"/>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="150"/>
        <source>In the units of the CRS. Native: the raster&apos;s own pixel size, converted when the CRS differs from the raster&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="154"/>
        <source>Optional: the raster&apos;s own, else -9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="155"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="141"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="140"/>
        <source>Pixel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="162"/>
        <source>One time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="164"/>
        <source>A range: one file per time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="180"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="191"/>
        <source>GeoTIFF (the tiles joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="192"/>
        <source>VRT over the tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="200"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="209"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="161"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="234"/>
        <source>Download the files that are not there yet (complete files are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="164"/>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="26"/>
        <source>Loading the raster {uuid} from Lizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="28"/>
        <source>Download “{name}” from Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="30"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="32"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Native: {crs}, pixels of {x} × {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="35"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Native: {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="66"/>
        <source>Loading the Lizard raster {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="71"/>
        <source>Loading the time steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="92"/>
        <source>The time steps could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="106"/>
        <source>This raster has no time steps yet: it holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="67"/>
        <source>Choose a polygon layer and select polygons in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="230"/>
        <source>Select polygons of “{layer}” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="79"/>
        <source>The map shows no area to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="93"/>
        <source>The selected features of “{layer}” have no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="295"/>
        <source>NODATA must be a number, e.g. -9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="300"/>
        <source>Loading the raster from Lizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="300"/>
        <source>The raster could not be loaded from Lizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="304"/>
        <source>Choose a CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="320"/>
        <source>There is no time step from {start} to {end}: choose a later end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="242"/>
        <source>Choose a folder to save the files in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="329"/>
        <source>Choose a file to save the download in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="145"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="351"/>
        <source>VRT (*.vrt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="356"/>
        <source>{count} time step(s): one file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="123"/>
        <source>Planning the download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="129"/>
        <source>Planning the download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="131"/>
        <source>Working out the size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="175"/>
        <source>{files} file(s), {tiles} tile(s), {pixels} pixels (about {mb} MB before compression); {crs}, pixel size {x} × {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="257"/>
        <source>Downloading {name} from Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="332"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="316"/>
        <source>Downloaded {count} file(s) of “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="321"/>
        <source>Cancelled: the files that were complete are kept, nothing partial is left. Resume fetches the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="130"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="210"/>
        <source>Download the selected raster as GeoTIFF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="210"/>
        <source>Only raster layers can be downloaded (Lizard serves the data of raster layers): find a raster layer that shows this rastersource in the Raster layers tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="193"/>
        <source>A VRT keeps the downloaded tiles in a folder next to it: its name with “_tiles” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="48"/>
        <source>Downloads a Lizard raster layer as GeoTIFF files (tiled, DEFLATE-compressed, with a NODATA value). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set. Large areas are fetched in tiles (never more than 100 million pixels per request, four at a time) and joined.

RASTER: the UUID of the raster layer.
EXTENT: the area. Without an extent and a mask layer, the raster's whole extent.
MASK_LAYER: polygons (with &quot;selected features only&quot;, the selected ones): the result is clipped to their union (pixels outside are NODATA), or with SPLIT_BY_FEATURE one file per feature, named from NAME_FIELD (made safe for file names and unique). With an extent as well, only the part of the polygons inside the extent counts.
CRS: the CRS of the files; it needs an EPSG code. Default: the raster's own.
PIXEL_SIZE: in the units of the CRS. Default: the raster's own, converted when the CRS differs.
NODATA: the NODATA value of the files. Default: the raster's.
TIME: for a temporal raster, the time step nearest to this moment (default: the last step). With TIME_END, every step from TIME to TIME_END, one file per step named with its UTC time (…_20200101T000000Z.tif).
OUTPUT: a .tif file, a .vrt file (a VRT over the downloaded tiles, which are kept in the folder NAME_tiles next to it), or a folder (any path without .tif or .vrt; it gets RASTER_NAME.tif). Several files are named after the output's name, the feature and the time step.
Files that already exist are skipped, so running again after a cancel fetches only what is missing; delete a file to fetch it again. A cancel or failure leaves no partial file.

FILES: the paths of the files, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="49"/>
        <source>Writes a vector layer as a zip file for Lizard&apos;s asset import (PORTAL/import/): a shapefile (UTF-8) and an .ini file that tells Lizard which column holds which field. Nothing is uploaded. Field names longer than 10 characters are shortened (and made unique); the .ini refers to the names written. The layer is checked before anything is written; a shapefile that would pass 2 GB is refused.

INPUT: the assets (&quot;selected features only&quot; is respected).
ASSET_TYPE: the Lizard asset type in CamelCase, e.g. GroundwaterStation, Pumpstation, Pipe, Polder (or its API name, e.g. groundwaterstations). Point, line or polygon layers must fit it.
COLUMNS: lizard_field=LAYER_FIELD pairs separated by semicolons, e.g. code=ID;name=NAME.
DEFAULTS: lizard_field=value pairs for fields that are the same for every asset, e.g. frequency=daily;scale=1.
ORGANISATION: the UUID of the organisation the assets belong to.
NESTED_ASSET: the type of nested assets in the same row, e.g. Filter.
NESTED_FIRST: the first layer field of the nested block; it and every field to its right hold the nested assets, NESTED_FIELDS at a time.
NESTED_FIELDS: the Lizard fields of one nested asset, separated by commas, e.g. code,filter_top_level,filter_bottom_level.
INVALID_GEOMETRIES: 0 skip features without a valid geometry and count them (default), 1 refuse to export when there is one.
LONG_TEXT: 0 refuse text longer than 254 bytes, naming the field and a feature (default), 1 cut it to 254 bytes with a warning (a shapefile cannot hold more).

OUTPUT: the zip file. FEATURES and SKIPPED: how many features were written and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/areas.py" line="36"/>
        <source>The extent cannot be converted to {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/areas.py" line="56"/>
        <source>The mask has no (selected) features with a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/areas.py" line="62"/>
        <source>The features of the mask are outside the extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="357"/>
        <source>The rastersource {name} is not temporal: the time of {files} is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/buildings/buildings.py" line="214"/>
        <source>Lizard kept truncating its answer for %n box(es) (west,south,east,north), so buildings may be missing there: {boxes}.</source>
        <translation>
            <numerusform>Lizard kept truncating its answer for %n box (west,south,east,north), so buildings may be missing there: {boxes}.</numerusform>
            <numerusform>Lizard kept truncating its answer for %n boxes (west,south,east,north), so buildings may be missing there: {boxes}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="45"/>
        <source>Downloads Lizard buildings (footprints with their addresses) for an area and writes them as MultiPolygons in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set.

EXTENT: buildings that overlap this extent. Give an extent, a filter layer or both; without an area the algorithm refuses to run rather than download every building of Lizard.
FILTER_LAYER: buildings in the features of this layer (with &quot;selected features only&quot;, in the selected ones). With an extent as well, only the part of the features inside the extent counts. Detailed shapes are simplified before they are sent to Lizard and the exact shape is checked here, so the result is exact.
PREDICATE: intersects (buildings that touch the area) or within (buildings wholly inside it).
CODE: only the building with this code (BAG identification), exactly.
BUILD_YEAR_MIN, BUILD_YEAR_MAX: only buildings built in or after, in or before this year.
POSTALCODE: only buildings with an address whose postal code starts with this text (e.g. 2286 or 2286JG; spaces are ignored).
VALID_AT: only the buildings that existed at this moment (the latest version of each).
MAX_FEATURES: stop after this many buildings; 0 loads all.

OUTPUT: the buildings, with the fields id, code, build_year, start, end, last_modified, organisation, the first address (street, house_number, house_letter, house_number_suffix, postalcode, city), address_count and addresses (all addresses as JSON text). As with every QGIS algorithm, a file name writes a new file (an existing file of that name is replaced). To add the buildings to an existing GeoPackage and keep its other layers, choose “Save to GeoPackage…” and give a layer name (ogr:dbname='file.gpkg' table=&quot;buildings&quot; (geom)): only a layer of that name is replaced.

When Lizard keeps truncating its answers for a dense spot after the boxes were split as far as allowed, the buildings that arrived are kept and a warning names the boxes that may miss some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="60"/>
        <source>Not loaded: the layer “{layer}” in {path} was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="120"/>
        <source>{path} already has a layer “{layer}”. Replace that layer? The other layers in the file are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/times.py" line="51"/>
        <source>“{zone}” is not a time zone; choose UTC or a name like Europe/Amsterdam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="42"/>
        <source>Sends the rows of a table or layer as events (time and value) to a Lizard timeseries. Lizard creates the events or updates the ones that have the same time. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; the key needs write permission on the timeseries.

Every row is checked before anything is sent: a row without a usable time, a value or flag that is not a number, and two rows with the same time stop the algorithm, naming the rows (by feature id). Rows with an empty value are skipped, with a warning. Times are sent as ISO 8601 UTC; a time without a time zone (also a date/time field of a CSV file or GeoPackage that has none) is read in TIME_ZONE. Events go in batches of a few thousand.

INPUT: any table or layer (with &quot;selected features only&quot;, only the selected rows).
TIMESERIES: the UUID of the Lizard timeseries.
TIME_FIELD: the field with the time (a date/time field, a date, or text like 2024-05-01T12:00:00Z).
VALUE_FIELD: the field with the value (a number, or text holding one).
FLAG_FIELD: optional, a field with a whole-number quality flag.
COMMENT_FIELD: optional, a field with a comment per event.
TIME_ZONE: how times without a zone are read: UTC (the default) or a time zone name such as Europe/Amsterdam, with its summer time. A clock time that occurs twice when summer time ends is read as the first (summer time); one that does not exist when summer time starts is read an hour later (02:30 becomes 03:30 summer time). Times with a zone keep their moment.

EVENTS: the number of events Lizard stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="83"/>
        <source>Times without a zone are in (UTC or a zone like Europe/Amsterdam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="69"/>
        <source>How to read times that do not say their zone (a date/time field of a CSV file or GeoPackage, or text like 2024-07-01 12:00). Times that do say it keep their moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="75"/>
        <source>Summer time follows the chosen zone. Rows without a value are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="105"/>
        <source>Times without a zone are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transport.py" line="121"/>
        <source>The certificate of {host} is not trusted, so nothing was sent; if your organisation inspects https traffic, add its certificate authority in QGIS under Settings &gt; Options &gt; Authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="253"/>
        <source>“{name}” is served by {host}, not by your portal: added without your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/rasters/wms.py" line="255"/>
        <source>%n layer(s) are served by {hosts}, not by your portal: added without your key.</source>
        <translation>
            <numerusform>%n layer is served by {hosts}, not by your portal: added without your key.</numerusform>
            <numerusform>%n layers are served by {hosts}, not by your portal: added without your key.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="42"/>
        <source>Adds a Lizard raster to the project as a WMS layer, named after it and styled as in Lizard. Temporal rasters become WMS-T layers that follow the Temporal Controller. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set. The layers use the project&apos;s CRS when Lizard&apos;s WMS offers it, else EPSG:3857. A key saved in the Lizard settings reaches the layers as a QGIS authentication configuration (authcfg), never as text in the layer source or the project file, and only on layers that the portal itself serves over https; a layer served by another host is added without it. With only LIZARD_API_KEY set, the layers load public data.

RASTER: the UUID of a raster layer, or of a rastersource: then every raster layer that shows that source is added. A rastersource without raster layers is an error.

URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, where no layers are added, use these to open the layers elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>The saved key was saved for {saved}, not for {portal}, so it is not used; enter the key for {portal} to use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/download.py" line="27"/>
        <source>The {what} time “{value}” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/download.py" line="47"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/download.py" line="47"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="81"/>
        <source>The end time is before the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="111"/>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="21"/>
        <source>Timeseries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="67"/>
        <source>Download timeseries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="85"/>
        <source>Timeseries UUIDs (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="87"/>
        <source>Locations (a layer with a uuid field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="60"/>
        <source>Observation type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="30"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="30"/>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="94"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="96"/>
        <source>Number of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="104"/>
        <source>The locations layer has no field uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="135"/>
        <source>Give timeseries UUIDs or a locations layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="146"/>
        <source>No timeseries match; the table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="85"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/download_timeseries.py" line="179"/>
        <source>%n event(s) written.</source>
        <translation>
            <numerusform>%n event written.</numerusform>
            <numerusform>%n events written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="38"/>
        <source>Search locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="41"/>
        <source>Finds Lizard monitoring locations and writes one point per location in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only public locations are found.

EXTENT: only locations within this area.
NAME: only locations whose name starts with this text.
ORGANISATION: the organisation&apos;s UUID, or part of its name.
OBSERVATION_TYPE: only locations with a timeseries of this observation type code (e.g. GWS_NAP).

OUTPUT: the locations with the fields uuid, code, name, organisation, object_type and timeseries_count. A location without a geometry is written without a point. Nothing is written when the search fails or is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="56"/>
        <source>Within extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="57"/>
        <source>Name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="58"/>
        <source>Organisation (UUID or part of the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="62"/>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="246"/>
        <source>%n location(s) found.</source>
        <translation>
            <numerusform>%n location found.</numerusform>
            <numerusform>%n locations found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="44"/>
        <source>Lizard answered a time that is not one: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="54"/>
        <source>Lizard answered a value that is not a number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="75"/>
        <source>Lizard answered values in an unexpected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="169"/>
        <source>No raster is called “{name}”; give its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="169"/>
        <source>Several rasters are called “{name}”; give the UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="44"/>
        <source>Raster layer (UUID or exact name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="46"/>
        <source>Start (UTC, temporal rasters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="48"/>
        <source>End (UTC, temporal rasters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="72"/>
        <source>The input layer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="81"/>
        <source>The feature has no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="87"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="91"/>
        <source>Feature {id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/raster_values.py" line="93"/>
        <source>%n feature(s) failed; the others were written.</source>
        <translation>
            <numerusform>%n feature failed; the others were written.</numerusform>
            <numerusform>%n features failed; the others were written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="106"/>
        <source>Raster values at points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="109"/>
        <source>The value of a Lizard raster at each point of a layer (any CRS).

RASTER: the raster layer&apos;s UUID or exact name.
START, END: for a temporal raster, the period (UTC): one row per point per time step.

OUTPUT: the points with a value field (empty where the raster has no value), or for a period the long table: the input&apos;s fields, time (UTC) and value. VALUES: the number of values. A point that fails is reported and counted; the rest go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="119"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="120"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="121"/>
        <source>Number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="206"/>
        <source>Number of failed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="203"/>
        <source>Zonal statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="193"/>
        <source>Polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="194"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="197"/>
        <source>Pixel size (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="200"/>
        <source>Statistic over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="202"/>
        <source>Field name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="205"/>
        <source>Number of features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="211"/>
        <source>Choose at least one statistic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/client.py" line="364"/>
        <source>The server sent another part of the file than was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/rasters/scenario_download.py" line="103"/>
        <source>%n result(s) could not be downloaded: {list}</source>
        <translation>
            <numerusform>%n result could not be downloaded: {list}</numerusform>
            <numerusform>%n results could not be downloaded: {list}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="140"/>
        <source>Downloading {name} ({n} of {count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="215"/>
        <source>Lizard gives no file for the result {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="24"/>
        <source>raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="24"/>
        <source>temporal raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="24"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="117"/>
        <source>The scenario has no result {codes}; it has: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="117"/>
        <source>no results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="195"/>
        <source>No scenario was given; give its UUID or its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="201"/>
        <source>Lizard has no scenario {uuid}, or your key may not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="209"/>
        <source>Lizard has no scenario named “{name}” that your key may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="212"/>
        <source>{count} scenarios are named “{name}”; give the UUID of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="93"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="56"/>
        <source>Download scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="52"/>
        <source>Scenario (UUID or exact name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="90"/>
        <source>Result codes, comma-separated (empty: every non-temporal raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="92"/>
        <source>Also the raw files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="96"/>
        <source>CRS (default: the scenario&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="97"/>
        <source>Pixel size (default: the scenario&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="100"/>
        <source>Time steps of temporal results (UTC, comma-separated, or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="120"/>
        <source>{code}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="132"/>
        <source>The scenario “{name}” has no results in Lizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="141"/>
        <source>The scenario “{name}” has no raster results that are not temporal; name the results to download, or ask for the raw files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="34"/>
        <source>Load scenario results as WMS layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="37"/>
        <source>Adds the raster results of a 3Di scenario stored in Lizard to the project as WMS layers, in a layer group named after the scenario, each layer named after its result and styled as in Lizard. Temporal results become WMS-T layers that follow the Temporal Controller. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set. A key saved in the Lizard settings reaches the layers as a QGIS authentication configuration (authcfg), never as text in the layer source or the project file.

SCENARIO: the scenario&apos;s UUID or its exact name.
RESULTS: result codes, separated by commas (for example depth-max-dtri, depth-dtri). Empty: every raster result. Raw files cannot be shown as layers.

URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, where no layers are added, use these to open the layers elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="53"/>
        <source>Result codes, comma-separated (empty: every raster result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="71"/>
        <source>The scenario “{name}” has no raster results to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="80"/>
        <source>No result of the scenario could become a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="64"/>
        <source>Search scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="67"/>
        <source>Finds 3Di scenarios stored in Lizard and writes one polygon per scenario: the outline of its grid, in WGS84 (EPSG:4326). Newest first. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only public scenarios are found.

NAME: only scenarios whose name contains this text (any case); when no name contains it, the model names are searched instead. A UUID finds that one scenario.
MODEL: only scenarios whose model name contains this text.
ORGANISATION: only scenarios of organisations whose name contains this text (or the organisation&apos;s UUID).
PROJECT: only scenarios of projects whose name contains this text (or the project&apos;s UUID).
EXTENT: only scenarios whose grid intersects this area, compared in each scenario&apos;s own projection. Lizard cannot filter by area, so every scenario that matches the other filters is fetched and checked here.

OUTPUT: the scenarios, with the fields uuid, name, model_name, model_revision, organisation, supplier (a username), simulation_start and simulation_end (text, ISO 8601 in UTC as Lizard gives them), total_size (bytes) and has_raw_results (true/false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="87"/>
        <source>Name contains (or UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="88"/>
        <source>Model name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="91"/>
        <source>Project name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="116"/>
        <source>No scenario name contains “{text}”: these are the scenarios whose model name does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="118"/>
        <source>{matched} of {scanned} scenarios matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="138"/>
        <source>The scenario “{name}” has no raw files in Lizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="129"/>
        <source>The folder {folder} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="59"/>
        <source>Downloads the results of a 3Di scenario stored in Lizard into the folder OUTPUT/&lt;scenario name&gt;: each raster result as one GeoTIFF named after its code (depth-max-dtri.tif), each chosen time step of a temporal result as its own GeoTIFF (depth-dtri_20230102T003000Z.tif, in UTC), and the raw files with their own names, beside scenario.json (what Lizard says of the scenario). Another scenario of the same name gets the folder &lt;scenario name&gt;_&lt;first 8 characters of its UUID&gt;. Rasters are fetched in tiles (never more than 100 million pixels per request) and joined; raw files are streamed and, when the connection breaks, continued where they stopped. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; the key goes only to the portal, never to a storage server a file is sent from.

SCENARIO: the scenario&apos;s UUID or its exact name.
RESULTS: result codes, separated by commas (for example depth-max-dtri, depth-dtri). Empty: every raster result that is not temporal.
RAW: also download the raw files (3Di results, grid administration, logs).
EXTENT: the area. Without an extent and a mask layer, the scenario&apos;s whole grid.
MASK_LAYER: polygons (with &quot;selected features only&quot;, the selected ones): the rasters are clipped to their union (pixels outside are NODATA).
CRS: the CRS of the GeoTIFFs; it needs an EPSG code. Default: the scenario&apos;s own.
PIXEL_SIZE: in the units of the CRS. Default: the scenario&apos;s own.
TIME: for temporal results, UTC times separated by commas (each gives its nearest time step), or all for every step. Default: the last step.
OUTPUT: the folder.
A result that fails does not stop the others; the failures are listed at the end. Files that already exist are skipped, so running again after a cancel fetches only what is missing. A cancel leaves no partial file.

FILES: the paths of the files, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="52"/>
        <source>Timeseries can be written to a .csv or a .gpkg file, not to “{name}”.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="126"/>
        <source>{path} exists and is not a GeoPackage; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="139"/>
        <source>Could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/staged.py" line="100"/>
        <source>The folder of {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/fetch.py" line="82"/>
        <source>“{preset}” is not a period; choose day, week, month, year or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries/fetch.py" line="188"/>
        <source>Lizard answered aggregates without a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="105"/>
        <source>Lizard value at point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="48"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="48"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="57"/>
        <source>aggregates per {window}: mean with min–max band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="57"/>
        <source>aggregates: mean with min–max band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="60"/>
        <source>raw events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="154"/>
        <source>The plot needs matplotlib, which this QGIS installation lacks; install the python3-matplotlib package (or matplotlib) to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="177"/>
        <source>No series to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="200"/>
        <source>No data in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="222"/>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="228"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="273"/>
        <source>A plot can be saved as .png or .svg, not as “{suffix}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="276"/>
        <source>There is no plot to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="284"/>
        <source>The plot could not be saved as {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="361"/>
        <source>min–max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="440"/>
        <source>{name}: no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="449"/>
        <source>{value}, flagged</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="50"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt.py" line="82"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="247"/>
        <source>Lizard timeseries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="138"/>
        <source>Name or code starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="138"/>
        <source>Locations whose name or code starts with this text (Lizard is asked both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="141"/>
        <source>Code, e.g. WNS1400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="141"/>
        <source>Only locations with a timeseries of this observation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="143"/>
        <source>Has data between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="152"/>
        <source>Name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="159"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="166"/>
        <source>Selected polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="176"/>
        <source>Find at most this many locations (All: every location that matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="177"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="177"/>
        <source>Find the Lizard locations in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="179"/>
        <source>Stop searching; the locations found stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="185"/>
        <source>Pick a Lizard location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="185"/>
        <source>Click a location on the map to list its timeseries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="129"/>
        <source>Pick a location on the map or in the table to see its series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last 30 days of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Custom (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="197"/>
        <source>Counted back from the last data of the selected series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="205"/>
        <source>Stop loading or exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="208"/>
        <source>Export events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="208"/>
        <source>Write the raw events of the plotted series to CSV or a GeoPackage table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="136"/>
        <source>Save plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="138"/>
        <source>Save the plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="220"/>
        <source>Find locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="230"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="37"/>
        <source>all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="38"/>
        <source>{start} to {end} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="100"/>
        <source>Select one or more series to plot them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="122"/>
        <source>Loading Lizard timeseries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="128"/>
        <source>Loading %n series…</source>
        <translation>
            <numerusform>Loading %n series…</numerusform>
            <numerusform>Loading %n series…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="145"/>
        <source>No data in this period ({period}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="147"/>
        <source>%n series, {period}: {kinds}.</source>
        <translation>
            <numerusform>%n series, {period}: {kinds}.</numerusform>
            <numerusform>%n series, {period}: {kinds}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="149"/>
        <source>%n series could not be read.</source>
        <translation>
            <numerusform>%n series could not be read.</numerusform>
            <numerusform>%n series could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="158"/>
        <source>Loading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="161"/>
        <source>Loading the series failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="193"/>
        <source>Select one or more series to export their events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="207"/>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="389"/>
        <source>CSV (*.csv);;GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="228"/>
        <source>Exporting Lizard timeseries events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="232"/>
        <source>Exporting events to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="240"/>
        <source>Export stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="242"/>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="245"/>
        <source>%n event(s) written to {path}.</source>
        <translation>
            <numerusform>%n event written to {path}.</numerusform>
            <numerusform>%n events written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="395"/>
        <source>Save plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="253"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="265"/>
        <source>The plot was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="89"/>
        <source>Searching failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="127"/>
        <source>Searching Lizard locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="148"/>
        <source>Lizard locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="194"/>
        <source>{found} found, {done} of {total} read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="196"/>
        <source>Searching… {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="241"/>
        <source>Stopped: %n location(s) found.</source>
        <translation>
            <numerusform>Stopped: %n location found.</numerusform>
            <numerusform>Stopped: %n locations found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="243"/>
        <source>Searching stopped by an error: %n location(s) found.</source>
        <translation>
            <numerusform>Searching stopped by an error: %n location found.</numerusform>
            <numerusform>Searching stopped by an error: %n locations found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="248"/>
        <source>The maximum was reached; there may be more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="275"/>
        <source>The layer was removed; the search stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="29"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="30"/>
        <source>Parameter (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="31"/>
        <source>Last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="147"/>
        <source>Listing Lizard timeseries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="150"/>
        <source>Listing the series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_series.py" line="157"/>
        <source>%n series.</source>
        <translation>
            <numerusform>%n series.</numerusform>
            <numerusform>%n series.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="157"/>
        <source>This location has no timeseries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_series.py" line="159"/>
        <source>The series of %n location(s) could not be read.</source>
        <translation>
            <numerusform>The series of %n location could not be read.</numerusform>
            <numerusform>The series of %n locations could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="169"/>
        <source>Listing the series failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="201"/>
        <source>No Lizard location there; click on a point.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="121"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="132"/>
        <source>Export values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="134"/>
        <source>Save the values through time as CSV or as a GeoPackage table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="196"/>
        <source>This point has no place in WGS84; click inside the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="199"/>
        <source>Point {lon:.5f}, {lat:.5f} (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="266"/>
        <source>There is no Lizard raster on the map and none selected in the Lizard rasters dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="205"/>
        <source>Lizard values at a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="327"/>
        <source>asking Lizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="335"/>
        <source>no value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="337"/>
        <source>{value} at {time} (through time: {count} steps, in the plot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="356"/>
        <source>at {lon:.5f}, {lat:.5f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="363"/>
        <source>A temporal raster&apos;s values through time at the point show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="363"/>
        <source>No values in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="381"/>
        <source>There are no values through time to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="389"/>
        <source>Export values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="395"/>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="405"/>
        <source>{path} could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="43"/>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="55"/>
        <source>Lizard scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="77"/>
        <source>Part of the scenario&apos;s name (or of its model&apos;s name when no name matches), or a UUID; press Enter to list everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="82"/>
        <source>Part of the model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="83"/>
        <source>Simulated between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="85"/>
        <source>Only scenarios whose simulation overlaps this period (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="96"/>
        <source>Only scenarios whose grid lies (partly) in the map extent or in the features selected in the active layer; this follows the map as you pan and select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="106"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="50"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="127"/>
        <source>Add the selected raster results (all of them when none is selected) to the map as WMS layers, in a group named after the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="130"/>
        <source>Download the selected scenarios: raw files and raster results as GeoTIFF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="132"/>
        <source>Zoom the map to the selected scenarios&apos; grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="134"/>
        <source>Copy the UUID of the selected scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="137"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="147"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="199"/>
        <source>{status} No name matched: these are the scenarios whose model name matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="193"/>
        <source>Reading the results of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="197"/>
        <source>Loading the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="257"/>
        <source>The results could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="260"/>
        <source>This scenario has no results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="279"/>
        <source>Choose a raster result: files cannot be shown on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="96"/>
        <source>Download scenarios from Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scenario_download.py" line="98"/>
        <source>%n scenario(s): {names}</source>
        <translation>
            <numerusform>%n scenario: {names}</numerusform>
            <numerusform>%n scenarios: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="102"/>
        <source>The results to download (of every scenario that has them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="103"/>
        <source>Raw files too (results NetCDF, grid administration, logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="105"/>
        <source>The scenario&apos;s whole grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="105"/>
        <source>Selected polygons of the active layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="112"/>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="114"/>
        <source>In the units of the CRS; native: the scenario&apos;s own pixel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="115"/>
        <source>In the scenario&apos;s projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="123"/>
        <source>The last time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="123"/>
        <source>Every time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="123"/>
        <source>The steps nearest to these times (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="125"/>
        <source>For temporal results: one GeoTIFF per time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="143"/>
        <source>Time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="149"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="239"/>
        <source>Choose the results to download, or raw files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="248"/>
        <source>Choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="259"/>
        <source>Give the UTC times, separated by commas, e.g. 2024-01-01T00:30Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="226"/>
        <source>Make a polygon layer active and select polygons in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="323"/>
        <source>Downloading scenarios from Lizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="384"/>
        <source>Downloaded {count} file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="31"/>
        <source>Model revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="51"/>
        <source>Simulation start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="33"/>
        <source>Simulation end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="35"/>
        <source>Raw results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="84"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="274"/>
        <source>The results of “{name}” are still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="356"/>
        <source>raster values through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="185"/>
        <source>Counting the series of the locations: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="208"/>
        <source>%n location(s) found; counting their series…</source>
        <translation>
            <numerusform>%n location found; counting its series…</numerusform>
            <numerusform>%n locations found; counting their series…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="70"/>
        <source>Downloads the events of Lizard timeseries into a table. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY.

TIMESERIES: one or more timeseries UUIDs, separated by commas.
LOCATIONS: or a point layer with a uuid field (e.g. the output of Search locations): the timeseries of these locations.
OBSERVATION_TYPE: with LOCATIONS, only the timeseries of this observation type code.
START, END: the period in UTC, both included (a time without a zone is UTC); empty means all events.

OUTPUT: a table with timeseries_uuid, location_code, time (ISO 8601 text in UTC), value, flag, validation_code and comment. When the download fails or is cancelled, nothing is written: an existing file, or a GeoPackage and its tables, stays as it was.
EVENTS: the number of events written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="70"/>
        <source>This area has no place in the raster&apos;s projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="190"/>
        <source>This area has no place in WGS84; draw it inside the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="87"/>
        <source>mean {mean} · min {min} · max {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="90"/>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="115"/>
        <source>Choose “Lizard value at point” and click the map, or drag a rectangle for statistics over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="217"/>
        <source>Area {west:.5f}, {south:.5f} to {east:.5f}, {north:.5f} (WGS84): mean, min and max over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="257"/>
        <source>Lizard statistics over an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_tool.py" line="168"/>
        <source>Lizard value at point: click the map for every Lizard raster&apos;s value there, or drag a rectangle for their mean, min and max over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="119"/>
        <source>This polygon is too detailed to send to Lizard ({vertices} vertices, even simplified by a quarter of a {size:g} m pixel); give a larger pixel size or simplify the polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="92"/>
        <source>(pixels of {size:g} m in {projection}: coarser than the raster&apos;s own for this area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="140"/>
        <source>Over selected polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="142"/>
        <source>The mean, min and max of every Lizard raster over the polygons selected in the active layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="237"/>
        <source>The selected polygons have no place in WGS84.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value_panel.py" line="240"/>
        <source>%n selected polygon(s) of “{layer}”: mean, min and max over them</source>
        <translation>
            <numerusform>%n selected polygon of “{layer}”: mean, min and max over it</numerusform>
            <numerusform>%n selected polygons of “{layer}”: mean, min and max over them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin.py" line="25"/>
        <source>&lt;p&gt;Lizard Explorer connects QGIS to the Lizard water and climate data warehouse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard settings…&lt;/b&gt; sets your portal (e.g. https://demo.lizard.net, which shows public data without a key) and your Personal API Key, which is kept in the QGIS authentication database and sent only to that portal over https. Use &lt;b&gt;Test connection&lt;/b&gt; to check both.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Browse and load&lt;/b&gt;: the &lt;b&gt;Lizard rasters&lt;/b&gt; dock finds raster layers and rastersources (by name, organisation, time, map extent or selected features) and adds them to the map as WMS layers; temporal rasters step through the Temporal Controller. The &lt;b&gt;Lizard buildings&lt;/b&gt; dock loads the buildings of an area into a layer or GeoPackage.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Timeseries&lt;/b&gt;: the &lt;b&gt;Lizard timeseries&lt;/b&gt; dock finds monitoring locations (in the map extent, selected polygons or a drawn shape; by name or code, organisation, observation type and period) and puts them on the map; pick a location to list its series, select series to plot them (the last 30 days of data, or a day, week, month, year, all or your own period; the plot follows the Temporal Controller), and export their events to CSV or GeoPackage or the plot as PNG or SVG.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3Di scenarios&lt;/b&gt;: the &lt;b&gt;Lizard scenarios&lt;/b&gt; dock finds scenarios (by name or model name, UUID, organisation, project, supplier, simulation period, map extent or selected features), shows their grid on the map and their results by family, adds raster results as WMS layers in a group named after the scenario, and downloads raw files and results as GeoTIFF files.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Raster values&lt;/b&gt;: choose &lt;b&gt;Lizard value at point&lt;/b&gt; and click the map for the value and unit of every Lizard raster layer on the map (and of the raster selected in the rasters dock) at that point, or drag a rectangle (or choose Over selected polygons) for their mean, min and max over it; a temporal raster's values through time at a point are plotted (the Temporal Controller's range, else its last 30 time steps) and can be exported to CSV or GeoPackage, the plot as PNG or SVG.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Download&lt;/b&gt;: &lt;b&gt;Download…&lt;/b&gt; in the rasters dock (or on a Lizard layer's context menu) saves a raster as GeoTIFF for the map extent, selected polygons or a drawn shape, per time step if you like.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export and upload&lt;/b&gt; (Web → Lizard, and a layer's context menu): export a vector layer as a Lizard asset bundle or a raster as a Lizard-ready GeoTIFF, upload rasters into a rastersource and follow Lizard's processing, and upload timeseries values from any table.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Lizard&lt;/b&gt; group in the Processing toolbox has the same tools for models and qgis_process (set LIZARD_URL and LIZARD_API_KEY there). The README in the plugin's folder describes every tool.&lt;/p&gt;&lt;p&gt;Messages and details of any problem are in the log panel, tab &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="168"/>
        <source>{name} (mean over the area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="333"/>
        <source>(the mean through time in the plot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="354"/>
        <source>means over the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="360"/>
        <source>A temporal raster&apos;s mean over the area through time shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="179"/>
        <source>Statistics of a Lizard raster over each polygon of a layer (any CRS), computed by Lizard.

RASTER: the raster layer&apos;s UUID or exact name.
STATISTICS: one or more of mean, min, max, sum, count, median, p10, p90.
PIXEL_SIZE: optional, in metres (Lizard&apos;s default otherwise: the raster&apos;s own pixels, or coarser ones for a polygon too large or too detailed for those, reported in the log).
START, END, TEMPORAL_STATISTIC: for a temporal raster, the period (UTC) and how its time steps are combined.
PREFIX: the start of the new fields&apos; names.

OUTPUT: the polygons with one field per statistic (empty where there is no value). FEATURES: the number of polygons written. A polygon that fails is reported and counted; the rest go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="258"/>
        <source>Feature {id}: too large or too detailed for the raster&apos;s own pixels; its statistics are on pixels of {size:g} m in {projection}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
