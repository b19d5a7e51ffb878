<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="230"/>
        <source>Lizard</source>
        <translation>Lizard</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121"/>
        <source>Lizard settings…</source>
        <translation>Lizard-instellingen…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="122"/>
        <source>Lizard help</source>
        <translation>Lizard-hulp</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="59"/>
        <source>Lizard Explorer {version}</source>
        <translation>Lizard Explorer {version}</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="80"/>
        <source>No Lizard portal address is set.</source>
        <translation>Er is geen adres van een Lizard-portaal ingesteld.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="86"/>
        <source>“{url}” is not a Lizard portal address; use e.g. https://demo.lizard.net.</source>
        <translation>“{url}” is geen adres van een Lizard-portaal; gebruik bijvoorbeeld https://demo.lizard.net.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="127"/>
        <source>Lizard answered with something that is not a list of objects.</source>
        <translation>Lizard antwoordde met iets dat geen lijst van objecten is.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="165"/>
        <source>Refusing to send your API key over an unencrypted connection to {host}: use https:// for the portal address.</source>
        <translation>Uw API-sleutel wordt niet over een onversleutelde verbinding naar {host} gestuurd: gebruik https:// in het portaaladres.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="358"/>
        <source>Could not send the request to Lizard.</source>
        <translation>Het verzoek kon niet naar Lizard worden gestuurd.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="373"/>
        <source>The connection to Lizard broke off before the answer was complete.</source>
        <translation>De verbinding met Lizard werd verbroken voordat het antwoord compleet was.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="447"/>
        <source>Lizard sent a link to another server ({host}); it was not followed.</source>
        <translation>Lizard stuurde een link naar een andere server ({host}); die is niet gevolgd.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="250"/>
        <source>Lizard answered with something that is not JSON; is the portal address right?</source>
        <translation>Lizard antwoordde met iets dat geen JSON is; klopt het portaaladres?</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="180"/>
        <source>Lizard did not accept your API key; check it in the Lizard settings.</source>
        <translation>Lizard accepteerde uw API-sleutel niet; controleer hem in de Lizard-instellingen.</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="184"/>
        <source>Lizard refused the change: your key has no permission for it ({detail}).</source>
        <translation>Lizard weigerde de wijziging: uw sleutel heeft daar geen rechten voor ({detail}).</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="194"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="81"/>
        <source>Lizard has no such object, or it is not visible with your key.</source>
        <translation>Lizard heeft dit object niet, of het is niet zichtbaar met uw sleutel.</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="194"/>
        <source>Lizard rejected the request: {detail}</source>
        <translation>Lizard wees het verzoek af: {detail}</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="200"/>
        <source>Lizard is receiving too many requests; try again later.</source>
        <translation>Lizard krijgt te veel verzoeken; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="202"/>
        <source>Lizard is receiving too many requests; try again in {seconds} seconds.</source>
        <translation>Lizard krijgt te veel verzoeken; probeer het over {seconds} seconden opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="206"/>
        <source>Lizard had a problem answering (HTTP {status}); try again later.</source>
        <translation>Lizard had een probleem met antwoorden (HTTP {status}); probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="210"/>
        <source>Lizard answered with an unexpected error (HTTP {status}).</source>
        <translation>Lizard antwoordde met een onverwachte fout (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="217"/>
        <source>Could not reach Lizard at {host}; check the portal address and your network.</source>
        <translation>Lizard op {host} is niet bereikbaar; controleer het portaaladres en uw netwerk.</translation>
    </message>
    <message>
        <location filename="../core/responses.py" line="225"/>
        <source>Lizard at {host} did not answer in time; try again later.</source>
        <translation>Lizard op {host} antwoordde niet op tijd; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="27"/>
        <source>The portal {portal} did not answer: {error}</source>
        <translation>Het portaal {portal} antwoordde niet: {error}</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="29"/>
        <source>The portal {portal} answered.</source>
        <translation>Het portaal {portal} antwoordde.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="31"/>
        <source>No API key is set: you see public data only.</source>
        <translation>Er is geen API-sleutel ingesteld: u ziet alleen openbare data.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="33"/>
        <source>Your API key was not accepted.</source>
        <translation>Uw API-sleutel werd niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="35"/>
        <source>Your API key was accepted: you are {user}.</source>
        <translation>Uw API-sleutel werd geaccepteerd: u bent {user}.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="37"/>
        <source>Your API key was accepted.</source>
        <translation>Uw API-sleutel werd geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="42"/>
        <source>Organisations: {names}.</source>
        <translation>Organisaties: {names}.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="44"/>
        <source>The portal did not list any organisations for your key.</source>
        <translation>Het portaal noemde geen organisaties voor uw sleutel.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="30"/>
        <source>The QGIS authentication system is not available.</source>
        <translation>Het authenticatiesysteem van QGIS is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="49"/>
        <source>The QGIS authentication database is locked; enter its master password to use your key.</source>
        <translation>De authenticatiedatabase van QGIS is vergrendeld; voer het hoofdwachtwoord in om uw sleutel te gebruiken.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="119"/>
        <source>The saved Lizard key (authentication config {id}) could not be read; enter it again in the Lizard settings.</source>
        <translation>De opgeslagen Lizard-sleutel (authenticatieconfiguratie {id}) kon niet worden gelezen; voer hem opnieuw in bij de Lizard-instellingen.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="133"/>
        <source>The API key is empty.</source>
        <translation>De API-sleutel is leeg.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="153"/>
        <source>The API key could not be saved in the QGIS authentication database.</source>
        <translation>De API-sleutel kon niet in de authenticatiedatabase van QGIS worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="110"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="18"/>
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="30"/>
        <source>with your API key</source>
        <translation>met uw API-sleutel</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="30"/>
        <source>anonymously (public data)</source>
        <translation>anoniem (openbare data)</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="31"/>
        <source>{portal}, {key}</source>
        <translation>{portal}, {key}</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="47"/>
        <source>Lizard rasters</source>
        <translation>Lizard-rasters</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="75"/>
        <source>Raster layers</source>
        <translation>Rasterlagen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="75"/>
        <source>Rastersources</source>
        <translation>Rasterbronnen</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="142"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="205"/>
        <source>Searching Lizard</source>
        <translation>Lizard doorzoeken</translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="252"/>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="256"/>
        <source>{shown} shown of {total}</source>
        <translation>{shown} getoond van {total}</translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="238"/>
        <source>The search failed.</source>
        <translation>Het zoeken is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="193"/>
        <source>Lizard settings</source>
        <translation>Lizard-instellingen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="41"/>
        <source>Your organisation&apos;s Lizard portal, e.g. https://demo.lizard.net</source>
        <translation>Het Lizard-portaal van uw organisatie, bijvoorbeeld https://demo.lizard.net</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="45"/>
        <source>Your Personal API Key. It is kept in the QGIS authentication database.</source>
        <translation>Uw persoonlijke API-sleutel. Die wordt bewaard in de authenticatiedatabase van QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="46"/>
        <source>Forget key</source>
        <translation>Sleutel vergeten</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Get a key</source>
        <translation>Sleutel aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>Saved in the QGIS authentication database; type to replace it</source>
        <translation>Opgeslagen in de authenticatiedatabase van QGIS; typ om hem te vervangen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>No key: public data only</source>
        <translation>Geen sleutel: alleen openbare data</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="109"/>
        <source>LIZARD_URL is set: it overrides the portal saved here.</source>
        <translation>LIZARD_URL is ingesteld: die gaat voor het hier opgeslagen portaal.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>LIZARD_API_KEY is set: it overrides the key saved here.</source>
        <translation>LIZARD_API_KEY is ingesteld: die gaat voor de hier opgeslagen sleutel.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="134"/>
        <source>The saved key was removed.</source>
        <translation>De opgeslagen sleutel is verwijderd.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>Testing {portal}…</source>
        <translation>{portal} testen…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="152"/>
        <source>Testing the Lizard connection</source>
        <translation>De Lizard-verbinding testen</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="29"/>
        <source>Check Lizard connection</source>
        <translation>Lizard-verbinding controleren</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="19"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="34"/>
        <source>Checks that the Lizard portal answers and whether it accepts the API key. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set (useful with qgis_process). Fails when the portal cannot be reached or the key is refused.

Outputs: PORTAL (the portal address), AUTHENTICATED (1 when a key was accepted, 0 when working anonymously), USERNAME, ORGANISATIONS (one per line, with roles) and REPORT (the result in words).</source>
        <translation>Controleert of het Lizard-portaal antwoordt en of het de API-sleutel accepteert. Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld (handig met qgis_process). Mislukt als het portaal onbereikbaar is of de sleutel wordt geweigerd.

Uitvoer: PORTAL (het portaaladres), AUTHENTICATED (1 als een sleutel werd geaccepteerd, 0 bij anoniem werken), USERNAME, ORGANISATIONS (één per regel, met rollen) en REPORT (het resultaat in woorden).</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="46"/>
        <source>Key accepted</source>
        <translation>Sleutel geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="81"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="48"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="46"/>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="44"/>
        <source>The QGIS authentication database is locked; open the Lizard settings once to unlock it, or set LIZARD_API_KEY.</source>
        <translation>De authenticatiedatabase van QGIS is vergrendeld; open eenmaal de Lizard-instellingen om hem te ontgrendelen, of stel LIZARD_API_KEY in.</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="51"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="49"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="39"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="51"/>
        <source>yes, every {step}</source>
        <translation>ja, elke {step}</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="240"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="110"/>
        <source>Temporal</source>
        <translation>Tijdreeks</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="39"/>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="38"/>
        <source>Projection</source>
        <translation>Projectie</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="128"/>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="84"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="100"/>
        <source>west {west:.5f}, south {south:.5f}, east {east:.5f}, north {north:.5f}</source>
        <translation>west {west:.5f}, zuid {south:.5f}, oost {east:.5f}, noord {north:.5f}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="29"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="40"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="89"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="115"/>
        <source>First time step</source>
        <translation>Eerste tijdstap</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="116"/>
        <source>Last time step</source>
        <translation>Laatste tijdstap</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="241"/>
        <source>Observation type</source>
        <translation>Observatietype</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="122"/>
        <source>Extent (WGS84)</source>
        <translation>Omvang (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="124"/>
        <source>Data type</source>
        <translation>Datatype</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="125"/>
        <source>No-data value</source>
        <translation>No-data-waarde</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="37"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../core/rasters/describe.py" line="127"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="27"/>
        <source>Name (A–Z)</source>
        <translation>Naam (A–Z)</translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="27"/>
        <source>Name (Z–A)</source>
        <translation>Naam (Z–A)</translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="28"/>
        <source>Newest change first</source>
        <translation>Nieuwste wijziging eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="28"/>
        <source>Oldest change first</source>
        <translation>Oudste wijziging eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="30"/>
        <source>Latest start first</source>
        <translation>Laatste begin eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="30"/>
        <source>Latest end first</source>
        <translation>Laatste einde eerst</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="43"/>
        <source>Largest first</source>
        <translation>Grootste eerst</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="44"/>
        <source>Smallest first</source>
        <translation>Kleinste eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters/search.py" line="31"/>
        <source>Supplier code</source>
        <translation>Leverancierscode</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="34"/>
        <source>The area to search in is empty.</source>
        <translation>Het gebied om in te zoeken is leeg.</translation>
    </message>
    <message>
        <location filename="../core/query.py" line="107"/>
        <source>No features are selected to search in.</source>
        <translation>Er zijn geen objecten geselecteerd om in te zoeken.</translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="42"/>
        <source>Lizard gives no WMS address for the raster “{name}”.</source>
        <translation>Lizard geeft geen WMS-adres voor de raster “{name}”.</translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="191"/>
        <source>Organisation: {name}</source>
        <translation>Organisatie: {name}</translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="204"/>
        <source>QGIS could not open the WMS layer of “{name}”.</source>
        <translation>QGIS kon de WMS-laag van “{name}” niet openen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="260"/>
        <source>No raster layer shows the rastersource “{name}” yet; a raster layer has to be made for it in Lizard before it can go on the map.</source>
        <translation>Nog geen rasterlaag toont de rasterbron “{name}”; er moet eerst in Lizard een rasterlaag voor worden gemaakt voordat die op de kaart kan.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="19"/>
        <source>Rasters</source>
        <translation>Rasters</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="37"/>
        <source>Load raster as WMS layer</source>
        <translation>Raster laden als WMS-laag</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="59"/>
        <source>Raster layer or rastersource UUID</source>
        <translation>UUID van een rasterlaag of rasterbron</translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="55"/>
        <source>WMS data sources</source>
        <translation>WMS-gegevensbronnen</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="66"/>
        <source>“{text}” is not the UUID of a Lizard raster layer or rastersource.</source>
        <translation>“{text}” is niet de UUID van een Lizard-rasterlaag of -rasterbron.</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="87"/>
        <source>Search rastersources</source>
        <translation>Rasterbronnen zoeken</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="92"/>
        <source>Finds Lizard rastersources (the stored raster data) and writes one polygon per source: the source&apos;s extent in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only public sources are found.

NAME: only sources whose name contains this text (any case); a UUID finds that one source.
ORGANISATION: only sources of organisations whose name contains this text (or the organisation&apos;s UUID).
TEMPORAL: any source, only temporal sources (a series of rasters in time) or only non-temporal ones.
EXTENT: only sources whose extent intersects this area. Lizard cannot filter by area, so every source that matches the other filters is fetched and checked here. Sources without a known extent are left out when an extent is given, and written without geometry when not.

OUTPUT: the sources, with the fields uuid, name, organisation, temporal (true/false), interval (ISO 8601 duration, e.g. PT1H), first_value_timestamp and last_value_timestamp (text, ISO 8601 in UTC as Lizard gives them), projection, pixelsize_x and pixelsize_y (in units of the projection), dtype, fill_value (the no-data value, as text), size (bytes), last_modified (text, ISO 8601 in UTC) and writable (true when your key may change the source).</source>
        <translation>Zoekt Lizard-rasterbronnen (de opgeslagen rasterdata) en schrijft één polygoon per bron: de omvang van de bron in WGS84 (EPSG:4326). Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld; zonder sleutel worden alleen openbare bronnen gevonden.

NAME: alleen bronnen waarvan de naam deze tekst bevat (hoofdletters maken niet uit); een UUID vindt die ene bron.
ORGANISATION: alleen bronnen van organisaties waarvan de naam deze tekst bevat (of de UUID van de organisatie).
TEMPORAL: alle bronnen, alleen tijdreeksen (een reeks rasters in de tijd) of alleen bronnen zonder tijd.
EXTENT: alleen bronnen waarvan de omvang dit gebied snijdt. Lizard kan niet op gebied filteren, dus elke bron die aan de andere filters voldoet wordt opgehaald en hier gecontroleerd. Bronnen zonder bekende omvang vallen weg als er een gebied is opgegeven, en worden zonder geometrie geschreven als dat niet zo is.

OUTPUT: de bronnen, met de velden uuid, name, organisation, temporal (true/false), interval (ISO 8601-duur, bijv. PT1H), first_value_timestamp en last_value_timestamp (tekst, ISO 8601 in UTC zoals Lizard ze geeft), projection, pixelsize_x en pixelsize_y (in eenheden van de projectie), dtype, fill_value (de no-data-waarde, als tekst), size (bytes), last_modified (tekst, ISO 8601 in UTC) en writable (true als uw sleutel de bron mag wijzigen).</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="114"/>
        <source>Name contains</source>
        <translation>Naam bevat</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="89"/>
        <source>Organisation name contains</source>
        <translation>Naam van de organisatie bevat</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="92"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="90"/>
        <source>Temporal only</source>
        <translation>Alleen tijdreeksen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="90"/>
        <source>Non-temporal only</source>
        <translation>Alleen zonder tijd</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="92"/>
        <source>Intersecting extent</source>
        <translation>Snijdt de omvang</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="144"/>
        <source>{matched} of {scanned} rastersources matched.</source>
        <translation>{matched} van {scanned} rasterbronnen kwamen overeen.</translation>
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="175"/>
        <source>Adding “{name}” to the map</source>
        <translation>“{name}” aan de kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="177"/>
        <source>Adding Lizard rasters to the map</source>
        <translation>Lizard-rasters aan de kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="343"/>
        <source>Added “{name}” to the map.</source>
        <translation>“{name}” is aan de kaart toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/add_to_map.py" line="206"/>
        <source>Added %n layer(s) to the map: {names}.</source>
        <translation>
            <numerusform>%n laag aan de kaart toegevoegd: {names}.</numerusform>
            <numerusform>%n lagen aan de kaart toegevoegd: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/raster_results.py" line="81"/>
        <source>{name}
UUID: {uuid}</source>
        <translation>{name}
UUID: {uuid}</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="77"/>
        <source>Raster layers: what Lizard shows, with their styles</source>
        <translation>Rasterlagen: wat Lizard toont, met hun stijlen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="78"/>
        <source>Rastersources: the data that raster layers show</source>
        <translation>Rasterbronnen: de data die rasterlagen tonen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="76"/>
        <source>Search by name or UUID…</source>
        <translation>Zoeken op naam of UUID…</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="84"/>
        <source>Part of a name, or a UUID; press Enter to list everything</source>
        <translation>Een deel van een naam, of een UUID; druk op Enter om alles te tonen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="140"/>
        <source>Name or UUID</source>
        <translation>Naam of UUID</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="70"/>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="70"/>
        <source>Common</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="70"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="29"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="94"/>
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="94"/>
        <source>In the map extent</source>
        <translation>In het kaartbeeld</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="94"/>
        <source>In the selected features</source>
        <translation>In de geselecteerde objecten</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="100"/>
        <source>Only what lies (partly) in the map extent or in the features selected in the active layer; this follows the map as you pan and select</source>
        <translation>Alleen wat (deels) in het kaartbeeld of in de geselecteerde objecten van de actieve laag ligt; dit volgt de kaart terwijl u verschuift en selecteert</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="149"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="212"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="106"/>
        <source>Order by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="127"/>
        <source>Add to map</source>
        <translation>Aan kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="132"/>
        <source>Add the selected rasters to the map as WMS layers, styled as in Lizard (or double-click them, or drag them onto the map)</source>
        <translation>De geselecteerde rasters als WMS-lagen aan de kaart toevoegen, met de stijl uit Lizard (of dubbelklik ze, of sleep ze naar de kaart)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="132"/>
        <source>Zoom to</source>
        <translation>Zoomen naar</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="137"/>
        <source>Zoom the map to the selected rasters</source>
        <translation>De kaart naar de geselecteerde rasters zoomen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="134"/>
        <source>Copy UUID</source>
        <translation>UUID kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="139"/>
        <source>Copy the UUID of the selected rasters</source>
        <translation>De UUID van de geselecteerde rasters kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="81"/>
        <source>the map extent</source>
        <translation>het kaartbeeld</translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="84"/>
        <source>The map shows no area to search in.</source>
        <translation>De kaart toont geen gebied om in te zoeken.</translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="88"/>
        <source>Make a vector layer active and select features in it to search there.</source>
        <translation>Maak een vectorlaag actief en selecteer er objecten in om daar te zoeken.</translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="90"/>
        <source>Select features of “{layer}” to search there.</source>
        <translation>Selecteer objecten van “{layer}” om daar te zoeken.</translation>
    </message>
    <message>
        <location filename="../ui/raster_filters.py" line="93"/>
        <source>the selected features of “{layer}”</source>
        <translation>de geselecteerde objecten van “{layer}”</translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="236"/>
        <source>{status} Loading more failed.</source>
        <translation>{status} Meer laden is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="250"/>
        <source>Nothing found: none of the {scanned} scanned matched ({total} in Lizard).</source>
        <translation>Niets gevonden: geen van de {scanned} bekeken kwam overeen ({total} in Lizard).</translation>
    </message>
    <message>
        <location filename="../ui/raster_search.py" line="254"/>
        <source>{matched} matched of {scanned} scanned ({total} in Lizard)</source>
        <translation>{matched} overeenkomend van {scanned} bekeken ({total} in Lizard)</translation>
    </message>
    <message>
        <location filename="../ui/buildings_filters.py" line="17"/>
        <source>The area to load buildings for is empty.</source>
        <translation>Het gebied om gebouwen voor te laden is leeg.</translation>
    </message>
    <message>
        <location filename="../core/buildings/buildings.py" line="349"/>
        <source>{rate} buildings/s</source>
        <translation>{rate} gebouwen/s</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="91"/>
        <source>Buildings</source>
        <translation>Gebouwen</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="42"/>
        <source>Download buildings</source>
        <translation>Gebouwen downloaden</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="93"/>
        <source>Extent</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="75"/>
        <source>Area layer</source>
        <translation>Gebiedslaag</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="77"/>
        <source>Buildings that</source>
        <translation>Gebouwen die</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="77"/>
        <source>Intersect the area</source>
        <translation>Het gebied snijden</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="77"/>
        <source>Are within the area</source>
        <translation>Binnen het gebied liggen</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="80"/>
        <source>Building code</source>
        <translation>Gebouwcode</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="81"/>
        <source>Built in or after</source>
        <translation>Gebouwd in of na</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="83"/>
        <source>Built in or before</source>
        <translation>Gebouwd in of voor</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="85"/>
        <source>Postal code starts with</source>
        <translation>Postcode begint met</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="76"/>
        <source>Valid at</source>
        <translation>Geldig op</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="88"/>
        <source>Maximum number of buildings (0: all)</source>
        <translation>Maximaal aantal gebouwen (0: alle)</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="106"/>
        <source>Give an extent or an area layer: loading every building of Lizard is not supported.</source>
        <translation>Geef een omvang of een gebiedslaag op: alle gebouwen van Lizard laden kan niet.</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="115"/>
        <source>The area layer has no (selected) features with a geometry.</source>
        <translation>De gebiedslaag heeft geen (geselecteerde) objecten met een geometrie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/download_buildings.py" line="149"/>
        <source>%n building(s) loaded so far.</source>
        <translation>
            <numerusform>%n gebouw tot nu toe geladen.</numerusform>
            <numerusform>%n gebouwen tot nu toe geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="159"/>
        <source>Cancelled; the buildings loaded until then are kept.</source>
        <translation>Geannuleerd; de tot dan geladen gebouwen blijven bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_load.py" line="189"/>
        <source>%n building(s) loaded.</source>
        <translation>
            <numerusform>%n gebouw geladen.</numerusform>
            <numerusform>%n gebouwen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="12"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="12"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="12"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="13"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="13"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="13"/>
        <source>Build year</source>
        <translation>Bouwjaar</translation>
    </message>
    <message>
        <location filename="../ui/buildings_model.py" line="14"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="200"/>
        <source>Lizard buildings</source>
        <translation>Lizard-gebouwen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="68"/>
        <source>e.g. 0603100000003566</source>
        <translation>bijv. 0603100000003566</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="69"/>
        <source>Starts with</source>
        <translation>Begint met</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="73"/>
        <source>e.g. 2286 or 2286JG</source>
        <translation>bijv. 2286 of 2286JG</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="78"/>
        <source>Only the buildings that existed at this moment</source>
        <translation>Alleen de gebouwen die op dit moment bestonden</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="89"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="166"/>
        <source>Map extent</source>
        <translation>Kaartbeeld</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="107"/>
        <source>Selected features of the active layer</source>
        <translation>Geselecteerde objecten van de actieve laag</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="166"/>
        <source>Shape drawn on the map</source>
        <translation>Op de kaart getekende vorm</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="112"/>
        <source>Intersecting</source>
        <translation>Snijdend</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="113"/>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="114"/>
        <source>Buildings that touch the area, or only those entirely inside it</source>
        <translation>Gebouwen die het gebied raken, of alleen die er helemaal binnen liggen</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="205"/>
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="205"/>
        <source>Draw a rectangle on the map (drag)</source>
        <translation>Teken een rechthoek op de kaart (slepen)</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="207"/>
        <source>Polygon</source>
        <translation>Polygoon</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="207"/>
        <source>Draw a polygon on the map (click the corners; right-click or double-click to finish)</source>
        <translation>Teken een polygoon op de kaart (klik de hoeken; rechtsklik of dubbelklik om af te ronden)</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="212"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py" line="213"/>
        <source>Remove the drawn shape</source>
        <translation>De getekende vorm verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="173"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="130"/>
        <source>Load at most this many buildings (All: every building that matches)</source>
        <translation>Laad hooguit zoveel gebouwen (Alle: elk gebouw dat overeenkomt)</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="133"/>
        <source>Temporary layer</source>
        <translation>Tijdelijke laag</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="134"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="138"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="214"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="198"/>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="150"/>
        <source>Count</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="152"/>
        <source>Ask Lizard how many buildings match, before loading them</source>
        <translation>Vraag Lizard hoeveel gebouwen overeenkomen, voordat u ze laadt</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="153"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="205"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="158"/>
        <source>Stop loading; the buildings that arrived stay in the layer</source>
        <translation>Stoppen met laden; de aangekomen gebouwen blijven in de laag</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="182"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="61"/>
        <source>Make a vector layer active and select features in it.</source>
        <translation>Maak een vectorlaag actief en selecteer er objecten in.</translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="63"/>
        <source>Select features of “{layer}” first.</source>
        <translation>Selecteer eerst objecten van “{layer}”.</translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="96"/>
        <source>Draw a rectangle or a polygon on the map first.</source>
        <translation>Teken eerst een rechthoek of een polygoon op de kaart.</translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="70"/>
        <source>the drawn shape</source>
        <translation>de getekende vorm</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="243"/>
        <source>Counting Lizard buildings</source>
        <translation>Lizard-gebouwen tellen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="247"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="255"/>
        <source>Lizard does not count the buildings for this filter; Load gets them all.</source>
        <translation>Lizard telt de gebouwen voor dit filter niet; Laden haalt ze allemaal op.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="257"/>
        <source>%n building(s) match.</source>
        <translation>
            <numerusform>%n gebouw komt overeen.</numerusform>
            <numerusform>%n gebouwen komen overeen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="264"/>
        <source>Counting failed.</source>
        <translation>Tellen is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="55"/>
        <source>Choose a GeoPackage file to save the buildings in.</source>
        <translation>Kies een GeoPackage-bestand om de gebouwen in op te slaan.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="70"/>
        <source>Lizard buildings ({area})</source>
        <translation>Lizard-gebouwen ({area})</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="91"/>
        <source>Could not write {path}: {error}</source>
        <translation>Kon {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="102"/>
        <source>Loading Lizard buildings</source>
        <translation>Lizard-gebouwen laden</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="115"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="156"/>
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="159"/>
        <source>{done} loaded</source>
        <translation>{done} geladen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="161"/>
        <source>Loading… {progress}</source>
        <translation>Laden… {progress}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_load.py" line="182"/>
        <source>Stopped: %n building(s) loaded.</source>
        <translation>
            <numerusform>Gestopt: %n gebouw geladen.</numerusform>
            <numerusform>Gestopt: %n gebouwen geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_load.py" line="184"/>
        <source>Loading stopped by an error: %n building(s) loaded.</source>
        <translation>
            <numerusform>Laden gestopt door een fout: %n gebouw geladen.</numerusform>
            <numerusform>Laden gestopt door een fout: %n gebouwen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="208"/>
        <source>Could not open {path}.</source>
        <translation>Kon {path} niet openen.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="263"/>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="232"/>
        <source>The layer was removed; loading stopped.</source>
        <translation>De laag is verwijderd; het laden is gestopt.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="79"/>
        <source>“{type}” is not a Lizard asset type.</source>
        <translation>“{type}” is geen Lizard-assettype.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="133"/>
        <source>{what}: “{piece}” is not of the form lizard_field=value.</source>
        <translation>{what}: “{piece}” heeft niet de vorm lizard_veld=waarde.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="136"/>
        <source>{what}: “{key}” is given twice.</source>
        <translation>{what}: “{key}” is twee keer opgegeven.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="144"/>
        <source>“{text}” cannot be written in the .ini file.</source>
        <translation>“{text}” kan niet in het .ini-bestand worden geschreven.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="148"/>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="148"/>
        <source>line</source>
        <translation>lijn</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="148"/>
        <source>polygon</source>
        <translation>vlak</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="157"/>
        <source>The layer has no field(s) {names}.</source>
        <translation>De laag heeft geen veld(en) {names}.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="163"/>
        <source>The layer has no field {name} to start the nested assets.</source>
        <translation>De laag heeft geen veld {name} om de geneste assets mee te beginnen.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="165"/>
        <source>The nested assets need at least one field.</source>
        <translation>De geneste assets hebben minstens één veld nodig.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="168"/>
        <source>The layer has {count} columns from {first} onwards, which is not a multiple of the {n} nested fields.</source>
        <translation>De laag heeft {count} kolommen vanaf {first}, geen veelvoud van de {n} geneste velden.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="205"/>
        <source>Map at least one Lizard field to a layer field.</source>
        <translation>Koppel minstens één Lizard-veld aan een veld van de laag.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="220"/>
        <source>The layer has no coordinate reference system; set one before exporting.</source>
        <translation>De laag heeft geen coördinatenreferentiesysteem; stel er een in voordat u exporteert.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="223"/>
        <source>The layer has no point, line or polygon geometries.</source>
        <translation>De laag heeft geen punt-, lijn- of vlakgeometrieën.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="225"/>
        <source>{type} assets need {kind} geometries, but the layer has {layer_kind} geometries.</source>
        <translation>{type}-assets hebben {kind}geometrieën nodig, maar de laag heeft {layer_kind}geometrieën.</translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="149"/>
        <source>Feature {id} has no geometry or an invalid one; fix it or skip such features.</source>
        <translation>Object {id} heeft geen of een ongeldige geometrie; herstel die of sla zulke objecten over.</translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="178"/>
        <source>Field {name} holds text longer than {max} bytes (e.g. feature {id}), which a shapefile cannot store; shorten it first.</source>
        <translation>Veld {name} bevat tekst langer dan {max} bytes (bijv. object {id}), wat een shapefile niet kan opslaan; kort die eerst in.</translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="185"/>
        <source>There are no features with a valid geometry to export.</source>
        <translation>Er zijn geen objecten met een geldige geometrie om te exporteren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/assets/shapefile.py" line="502"/>
        <source>%n feature(s) without a valid geometry were skipped.</source>
        <translation>
            <numerusform>%n object zonder geldige geometrie is overgeslagen.</numerusform>
            <numerusform>%n objecten zonder geldige geometrie zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="133"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="253"/>
        <source>The shapefile could not be written completely ({ext} is missing).</source>
        <translation>De shapefile kon niet volledig worden geschreven ({ext} ontbreekt).</translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="519"/>
        <source>The shapefile could not be created.</source>
        <translation>De shapefile kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="530"/>
        <source>The field {name} could not be created in the shapefile.</source>
        <translation>Het veld {name} kon niet in de shapefile worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="556"/>
        <source>A feature could not be written to the shapefile.</source>
        <translation>Een object kon niet naar de shapefile worden geschreven.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="289"/>
        <source>The written bundle could not be read back.</source>
        <translation>De geschreven bundel kon niet worden teruggelezen.</translation>
    </message>
    <message>
        <location filename="../core/assets/bundle.py" line="301"/>
        <source>The written bundle did not read back as written.</source>
        <translation>De geschreven bundel las niet terug zoals geschreven.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="50"/>
        <source>GDAL cannot read {path}.</source>
        <translation>GDAL kan {path} niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="80"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="94"/>
        <source>The target CRS {crs} is not a coordinate reference system.</source>
        <translation>Het doel-CRS {crs} is geen coördinatenreferentiesysteem.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="155"/>
        <source>{path} has no band {band}; it has {count} band(s).</source>
        <translation>{path} heeft geen band {band}; het heeft {count} band(en).</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="165"/>
        <source>The target CRS {crs} has no EPSG code, which Lizard requires; choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Het doel-CRS {crs} heeft geen EPSG-code, die Lizard vereist; kies een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="169"/>
        <source>{path} has no CRS, so it cannot be reprojected; assign its CRS first.</source>
        <translation>{path} heeft geen CRS en kan dus niet worden geherprojecteerd; wijs eerst het CRS toe.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="174"/>
        <source>{path} has no CRS; Lizard needs a CRS with an EPSG code, so assign one or reproject to an EPSG CRS such as EPSG:28992.</source>
        <translation>{path} heeft geen CRS; Lizard heeft een CRS met een EPSG-code nodig, dus wijs er een toe of herprojecteer naar een EPSG-CRS zoals EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="179"/>
        <source>The layer&apos;s CRS ({crs}) has no EPSG code, which Lizard requires; reproject it to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Het CRS van de laag ({crs}) heeft geen EPSG-code, die Lizard vereist; herprojecteer naar een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="187"/>
        <source>The band already has NODATA value {kept}; {given} was not used.</source>
        <translation>De band heeft al NODATA-waarde {kept}; {given} is niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="191"/>
        <source>Band {band} of {path} has no NODATA value; give one (a value that does not occur in the data).</source>
        <translation>Band {band} van {path} heeft geen NODATA-waarde; geef er een op (een waarde die niet in de data voorkomt).</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="195"/>
        <source>The NODATA value {nodata} occurs in the data; those cells will be treated as missing.</source>
        <translation>De NODATA-waarde {nodata} komt in de data voor; die cellen gelden dan als ontbrekend.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="206"/>
        <source>GDAL could not read band {band} of {path}.</source>
        <translation>GDAL kon band {band} van {path} niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="225"/>
        <source>GDAL could not write {path}.</source>
        <translation>GDAL kon {path} niet schrijven.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="247"/>
        <source>GDAL cannot read the file.</source>
        <translation>GDAL kan het bestand niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="248"/>
        <source>{path} is not a raster GDAL can read.</source>
        <translation>{path} is geen raster dat GDAL kan lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="254"/>
        <source>The file is a GeoTIFF.</source>
        <translation>Het bestand is een GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="256"/>
        <source>The file is {format}, not a GeoTIFF; Lizard accepts GeoTIFF only.</source>
        <translation>Het bestand is {format}, geen GeoTIFF; Lizard accepteert alleen GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="261"/>
        <source>The file has a single band.</source>
        <translation>Het bestand heeft één band.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="263"/>
        <source>The file has {count} bands; Lizard accepts a single band (export one band per file).</source>
        <translation>Het bestand heeft {count} banden; Lizard accepteert één band (exporteer één band per bestand).</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="269"/>
        <source>NODATA is set ({value}).</source>
        <translation>NODATA is ingesteld ({value}).</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="272"/>
        <source>The file has no NODATA value; Lizard requires one.</source>
        <translation>Het bestand heeft geen NODATA-waarde; Lizard vereist er een.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="277"/>
        <source>The CRS is EPSG:{code}.</source>
        <translation>Het CRS is EPSG:{code}.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="279"/>
        <source>The file has no CRS; Lizard requires a CRS with an EPSG code.</source>
        <translation>Het bestand heeft geen CRS; Lizard vereist een CRS met een EPSG-code.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="282"/>
        <source>The CRS ({crs}) has no EPSG code; reproject to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Het CRS ({crs}) heeft geen EPSG-code; herprojecteer naar een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="294"/>
        <source>The file&apos;s size cannot be read.</source>
        <translation>De grootte van het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="297"/>
        <source>The file is {size:.1f} GiB; files above {limit} GiB upload slowly and may be interrupted, consider splitting it.</source>
        <translation>Het bestand is {size:.1f} GiB; bestanden boven {limit} GiB uploaden traag en kunnen worden onderbroken; overweeg het te splitsen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="300"/>
        <source>The file is {size:.2f} GiB.</source>
        <translation>Het bestand is {size:.2f} GiB.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="331"/>
        <source>{path} has {count} band(s) but {given} timestamp(s) were given.</source>
        <translation>{path} heeft {count} band(en) maar er zijn {given} tijdstip(pen) opgegeven.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="354"/>
        <source>The timestamps are not unique; Lizard takes one GeoTIFF per timestamp.</source>
        <translation>De tijdstippen zijn niet uniek; Lizard neemt één GeoTIFF per tijdstip.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="120"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="15"/>
        <source>WARNING</source>
        <translation>WAARSCHUWING</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="15"/>
        <source>FAIL</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="31"/>
        <source>Check GeoTIFF for Lizard</source>
        <translation>GeoTIFF controleren voor Lizard</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="34"/>
        <source>Checks a raster file against Lizard&apos;s rules for rastersource data: GeoTIFF format, a single band, a NODATA value and a CRS with an EPSG code. It also warns when the file is larger than 4 GiB (a warning only: the file may still be uploaded).

INPUT: a raster layer stored in a file.

VALID: 1 when every rule passes (warnings aside), else 0.
REPORT: one line per rule: OK, WARNING or FAIL, the rule and what was found.</source>
        <translation>Controleert een rasterbestand op de regels van Lizard voor rasterbrondata: GeoTIFF-formaat, één band, een NODATA-waarde en een CRS met een EPSG-code. Waarschuwt ook als het bestand groter is dan 4 GiB (alleen een waarschuwing: het bestand mag nog steeds worden geüpload).

INPUT: een rasterlaag die in een bestand staat.

VALID: 1 als elke regel slaagt (waarschuwingen niet meegeteld), anders 0.
REPORT: één regel per controle: OK, WAARSCHUWING of FOUT, de regel en wat er is gevonden.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="126"/>
        <source>Raster layer</source>
        <translation>Rasterlaag</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="45"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="46"/>
        <source>Export asset bundle</source>
        <translation>Assetbundel exporteren</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="75"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="77"/>
        <source>Asset type (e.g. GroundwaterStation)</source>
        <translation>Assettype (bijv. GroundwaterStation)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="78"/>
        <source>Columns (lizard_field=LAYER_FIELD;...)</source>
        <translation>Kolommen (lizard_veld=LAAGVELD;...)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="80"/>
        <source>Defaults (lizard_field=value;...)</source>
        <translation>Standaardwaarden (lizard_veld=waarde;...)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="82"/>
        <source>Organisation UUID</source>
        <translation>UUID van de organisatie</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="84"/>
        <source>Nested asset type (e.g. Filter)</source>
        <translation>Type geneste asset (bijv. Filter)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="86"/>
        <source>First field of the nested assets</source>
        <translation>Eerste veld van de geneste assets</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="89"/>
        <source>Nested asset fields (f1,f2,...)</source>
        <translation>Velden van de geneste assets (v1,v2,...)</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="376"/>
        <source>Asset bundle</source>
        <translation>Assetbundel</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="128"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="99"/>
        <source>Features written</source>
        <translation>Geschreven objecten</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="100"/>
        <source>Features skipped</source>
        <translation>Overgeslagen objecten</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="101"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="135"/>
        <source>Nested assets need all three of NESTED_ASSET, NESTED_FIRST and NESTED_FIELDS.</source>
        <translation>Geneste assets hebben alle drie nodig: NESTED_ASSET, NESTED_FIRST en NESTED_FIELDS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/export_asset_bundle.py" line="147"/>
        <source>Wrote %n asset(s) to {path}.</source>
        <translation>
            <numerusform>%n asset naar {path} geschreven.</numerusform>
            <numerusform>%n assets naar {path} geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="34"/>
        <source>The layer {name} is not a raster file on disk; save it as a file first.</source>
        <translation>De laag {name} is geen rasterbestand op schijf; sla haar eerst als bestand op.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="63"/>
        <source>Export GeoTIFF for Lizard</source>
        <translation>GeoTIFF exporteren voor Lizard</translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="43"/>
        <source>Writes one band of a raster layer as a GeoTIFF that Lizard accepts: a single band, tiled and DEFLATE-compressed, with a NODATA value and a CRS with an EPSG code. Nothing is left behind when it fails or is cancelled.

INPUT: a raster layer stored in a file.
BAND: the band to write (default 1).
NODATA: the no-data value, needed only when the band has none (the band&apos;s own value is kept). It should not occur in the data; you are warned when it does.
TARGET_CRS: reproject to this CRS (it must have an EPSG code). Without it the layer&apos;s CRS is kept; a CRS without an EPSG code is refused.

OUTPUT: the GeoTIFF (.tif).</source>
        <translation>Schrijft één band van een rasterlaag als een GeoTIFF die Lizard accepteert: één band, in tegels en met DEFLATE gecomprimeerd, met een NODATA-waarde en een CRS met een EPSG-code. Bij een fout of annuleren blijft er niets achter.

INPUT: een rasterlaag die in een bestand staat.
BAND: de band om te schrijven (standaard 1).
NODATA: de no-data-waarde, alleen nodig als de band er geen heeft (de eigen waarde van de band blijft behouden). Die hoort niet in de data voor te komen; u krijgt een waarschuwing als dat wel zo is.
TARGET_CRS: herprojecteer naar dit CRS (het moet een EPSG-code hebben). Zonder blijft het CRS van de laag behouden; een CRS zonder EPSG-code wordt geweigerd.

OUTPUT: de GeoTIFF (.tif).</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="104"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="86"/>
        <source>NODATA value</source>
        <translation>NODATA-waarde</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="129"/>
        <source>Target CRS</source>
        <translation>Doel-CRS</translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="60"/>
        <source>GeoTIFF</source>
        <translation>GeoTIFF</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="124"/>
        <source>Export asset bundle…</source>
        <translation>Assetbundel exporteren…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="139"/>
        <source>Export GeoTIFF for Lizard…</source>
        <translation>GeoTIFF exporteren voor Lizard…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="137"/>
        <source>Export asset bundle for Lizard…</source>
        <translation>Assetbundel exporteren voor Lizard…</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="64"/>
        <source>Export asset bundle for Lizard</source>
        <translation>Assetbundel exporteren voor Lizard</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="49"/>
        <source>Selected features only</source>
        <translation>Alleen geselecteerde objecten</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="87"/>
        <source>Lizard field</source>
        <translation>Lizard-veld</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="79"/>
        <source>Layer field</source>
        <translation>Laagveld</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="88"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="80"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="121"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="97"/>
        <source>Optional organisation UUID</source>
        <translation>UUID van de organisatie (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="99"/>
        <source>Nested assets</source>
        <translation>Geneste assets</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="110"/>
        <source>field1,field2,…</source>
        <translation>veld1,veld2,…</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="112"/>
        <source>Nested asset type</source>
        <translation>Type geneste asset</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="113"/>
        <source>First layer field</source>
        <translation>Eerste laagveld</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="114"/>
        <source>Lizard fields</source>
        <translation>Lizard-velden</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="134"/>
        <source>Open the Lizard import page</source>
        <translation>De importpagina van Lizard openen</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="121"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="50"/>
        <source>Asset type</source>
        <translation>Assettype</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="151"/>
        <source>Columns (Lizard field ← layer field)</source>
        <translation>Kolommen (Lizard-veld ← laagveld)</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="151"/>
        <source>Defaults (Lizard field = value)</source>
        <translation>Standaardwaarden (Lizard-veld = waarde)</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="170"/>
        <source>Output .zip</source>
        <translation>Uitvoer .zip</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="231"/>
        <source>Columns: “{key}” is given twice.</source>
        <translation>Kolommen: “{key}” is twee keer opgegeven.</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="243"/>
        <source>Defaults: give both a Lizard field and a value.</source>
        <translation>Standaardwaarden: geef zowel een Lizard-veld als een waarde.</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="245"/>
        <source>Defaults: “{key}” is given twice.</source>
        <translation>Standaardwaarden: “{key}” is twee keer opgegeven.</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="330"/>
        <source>Choose a vector layer to export.</source>
        <translation>Kies een vectorlaag om te exporteren.</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="333"/>
        <source>Choose the .zip file to write.</source>
        <translation>Kies het .zip-bestand om te schrijven.</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="357"/>
        <source>Exporting an asset bundle for Lizard</source>
        <translation>Een assetbundel voor Lizard exporteren</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="315"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/asset_bundle_dialog.py" line="367"/>
        <source>{path}: %n feature(s) exported</source>
        <translation>
            <numerusform>{path}: %n object geëxporteerd</numerusform>
            <numerusform>{path}: %n objecten geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/asset_bundle_dialog.py" line="369"/>
        <source>%n skipped (no valid geometry)</source>
        <translation>
            <numerusform>%n overgeslagen (geen geldige geometrie)</numerusform>
            <numerusform>%n overgeslagen (geen geldige geometrie)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="79"/>
        <source>Keep the layer&apos;s CRS</source>
        <translation>Het CRS van de laag behouden</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="84"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="84"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="103"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="103"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="117"/>
        <source>Check for Lizard</source>
        <translation>Controleren voor Lizard</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="105"/>
        <source>NODATA</source>
        <translation>NODATA</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="130"/>
        <source>Output .tif</source>
        <translation>Uitvoer .tif</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="192"/>
        <source>The band&apos;s own NODATA value; it is kept.</source>
        <translation>De eigen NODATA-waarde van de band; die blijft behouden.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="195"/>
        <source>Required: the band has no NODATA value</source>
        <translation>Verplicht: de band heeft geen NODATA-waarde</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="196"/>
        <source>A value that does not occur in the data.</source>
        <translation>Een waarde die niet in de data voorkomt.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="200"/>
        <source>Choose a raster layer.</source>
        <translation>Kies een rasterlaag.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="202"/>
        <source>{name} is not a raster file.</source>
        <translation>{name} is geen rasterbestand.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="208"/>
        <source>pass</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="208"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="208"/>
        <source>fail</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="217"/>
        <source>{path} meets Lizard&apos;s rules.</source>
        <translation>{path} voldoet aan de regels van Lizard.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="219"/>
        <source>{path} does not meet Lizard&apos;s rules.</source>
        <translation>{path} voldoet niet aan de regels van Lizard.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="336"/>
        <source>GeoTIFF export</source>
        <translation>GeoTIFF-export</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="245"/>
        <source>Choose the .tif file to write.</source>
        <translation>Kies het .tif-bestand om te schrijven.</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="133"/>
        <source>NODATA “{value}” is not a number.</source>
        <translation>NODATA “{value}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="266"/>
        <source>Exporting a GeoTIFF for Lizard</source>
        <translation>Een GeoTIFF voor Lizard exporteren</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="333"/>
        <source>{path} was written.</source>
        <translation>{path} is geschreven.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="141"/>
        <source>Upload to Lizard…</source>
        <translation>Uploaden naar Lizard…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="143"/>
        <source>Upload timeseries events…</source>
        <translation>Tijdreekswaarden uploaden…</translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="108"/>
        <source>The shapefile&apos;s {ext} file would be about {size} MB, more than the {limit} MB a shapefile can hold; export fewer features or fewer fields.</source>
        <translation>Het {ext}-bestand van de shapefile zou ongeveer {size} MB worden, meer dan de {limit} MB die een shapefile kan bevatten; exporteer minder objecten of minder velden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/assets/shapefile.py" line="182"/>
        <source>%n text value(s) longer than {max} bytes were cut to fit the shapefile (field {name}, e.g. feature {id}).</source>
        <translation>
            <numerusform>%n tekstwaarde langer dan {max} bytes is ingekort om in de shapefile te passen (veld {name}, bijv. object {id}).</numerusform>
            <numerusform>%n tekstwaarden langer dan {max} bytes zijn ingekort om in de shapefile te passen (veld {name}, bijv. object {id}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/assets/shapefile.py" line="480"/>
        <source>The shapefile could not be written.</source>
        <translation>De shapefile kon niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_grid.py" line="108"/>
        <source>The area cannot be converted to {crs}.</source>
        <translation>Het gebied kan niet naar {crs} worden omgerekend.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="196"/>
        <source>No raster was given; give the UUID of a Lizard raster layer.</source>
        <translation>Er is geen raster opgegeven; geef de UUID van een Lizard-rasterlaag.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="200"/>
        <source>Lizard has no raster {uuid}, or your key may not read it.</source>
        <translation>Lizard heeft geen raster {uuid}, of uw sleutel mag het niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="213"/>
        <source>Lizard&apos;s answer about the time steps is not a list of steps.</source>
        <translation>Het antwoord van Lizard over de tijdstappen is geen lijst van stappen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="271"/>
        <source>The pixel size cannot be converted to {crs}.</source>
        <translation>De pixelgrootte kan niet naar {crs} worden omgerekend.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="296"/>
        <source>{crs} is not a coordinate reference system.</source>
        <translation>{crs} is geen coördinatenreferentiesysteem.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="297"/>
        <source>The raster {name} has no projection in Lizard; choose a CRS.</source>
        <translation>Het raster {name} heeft geen projectie in Lizard; kies een CRS.</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="306"/>
        <source>The CRS {crs} has no EPSG code, which Lizard needs; choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Het CRS {crs} heeft geen EPSG-code, die Lizard nodig heeft; kies een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="314"/>
        <source>The pixel size must be a positive number.</source>
        <translation>De pixelgrootte moet een positief getal zijn.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="316"/>
        <source>The raster {name} has no pixel size in Lizard; give a pixel size.</source>
        <translation>Het raster {name} heeft geen pixelgrootte in Lizard; geef een pixelgrootte op.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="322"/>
        <source>The raster {name} has no projection in Lizard, so its pixel size cannot be converted; give a pixel size.</source>
        <translation>Het raster {name} heeft geen projectie in Lizard, dus de pixelgrootte kan niet worden omgerekend; geef een pixelgrootte op.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="328"/>
        <source>The pixel size {x} x {y} in {crs} matches the raster&apos;s own at the area&apos;s centre.</source>
        <translation>De pixelgrootte {x} x {y} in {crs} komt overeen met die van het raster zelf in het midden van het gebied.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="348"/>
        <source>The raster {name} has no time steps yet: it holds no data.</source>
        <translation>Het raster {name} heeft nog geen tijdstappen: het bevat geen data.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="350"/>
        <source>The raster {name} has no time step between {start} and {end}.</source>
        <translation>Het raster {name} heeft geen tijdstap tussen {start} en {end}.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="353"/>
        <source>No time was given: the last time step, {time}, is downloaded.</source>
        <translation>Er is geen tijd opgegeven: de laatste tijdstap, {time}, wordt gedownload.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="356"/>
        <source>The raster {name} is not temporal: the time is ignored.</source>
        <translation>Het raster {name} heeft geen tijdreeks: de tijd wordt genegeerd.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="373"/>
        <source>The raster {name} has no extent in Lizard; give an area.</source>
        <translation>Het raster {name} heeft geen omvang in Lizard; geef een gebied op.</translation>
    </message>
    <message>
        <location filename="../ui/area_filters.py" line="72"/>
        <source>The area is empty.</source>
        <translation>Het gebied is leeg.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="470"/>
        <source>The layer has no field {field}.</source>
        <translation>De laag heeft geen veld {field}.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download.py" line="478"/>
        <source>There are no features with a geometry in the area.</source>
        <translation>Er zijn geen objecten met een geometrie in het gebied.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="112"/>
        <source>The folder {folder} cannot be created.</source>
        <translation>De map {folder} kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="119"/>
        <source>Every file is already there.</source>
        <translation>Alle bestanden zijn er al.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="135"/>
        <source>{failed} of {count} files could not be downloaded; the first: {reason}</source>
        <translation>{failed} van {count} bestanden konden niet worden gedownload; de eerste: {reason}</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="159"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="150"/>
        <source>Downloading {count} file(s) in {tiles} tile(s).</source>
        <translation>{count} bestand(en) in {tiles} tegel(s) downloaden.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="167"/>
        <source>Downloading {name} failed: {error}</source>
        <translation>Downloaden van {name} is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="256"/>
        <source>Lizard finished the download task but did not say where the file is.</source>
        <translation>Lizard heeft de downloadtaak afgerond maar niet gezegd waar het bestand staat.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="262"/>
        <source>Lizard answered with something that is not a GeoTIFF for {name}.</source>
        <translation>Lizard antwoordde voor {name} met iets dat geen GeoTIFF is.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="273"/>
        <source>Writing {name}…</source>
        <translation>{name} schrijven…</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="458"/>
        <source>GDAL cannot read the tile Lizard sent for {name}.</source>
        <translation>GDAL kan de tegel die Lizard voor {name} stuurde niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="300"/>
        <source>The tiles of {name} cannot be joined.</source>
        <translation>De tegels van {name} kunnen niet worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="63"/>
        <source>{path} cannot be written.</source>
        <translation>{path} kan niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../core/rasters/download_run.py" line="466"/>
        <source>Lizard sent {got} pixels for a tile of {name} where {want} were asked.</source>
        <translation>Lizard stuurde {got} pixels voor een tegel van {name}, terwijl er {want} waren gevraagd.</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="112"/>
        <source>{shown} and {more} more</source>
        <translation>{shown} en nog {more}</translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="110"/>
        <source>{count} rows have no usable time (rows {rows}); every event needs a date and time.</source>
        <translation>{count} rijen hebben geen bruikbare tijd (rijen {rows}); elke waarde heeft een datum en tijd nodig.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="114"/>
        <source>{count} rows have a value or flag that is not a number (rows {rows}).</source>
        <translation>{count} rijen hebben een waarde of vlag die geen getal is (rijen {rows}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="119"/>
        <source>{count} rows repeat a time that another row already has: {pairs}. Lizard refuses duplicate times in one upload; remove or merge them.</source>
        <translation>{count} rijen herhalen een tijd die een andere rij al heeft: {pairs}. Lizard weigert dubbele tijden in één upload; verwijder ze of voeg ze samen.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="186"/>
        <source>timeseries</source>
        <translation>tijdreeks</translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="146"/>
        <source>{error} ({stored} events were stored before this batch.)</source>
        <translation>{error} (Vóór deze batch waren {stored} waarden opgeslagen.)</translation>
    </message>
    <message>
        <location filename="../core/timeseries/events.py" line="170"/>
        <source>The layer has no field {fields}.</source>
        <translation>De laag heeft geen veld {fields}.</translation>
    </message>
    <message>
        <location filename="../core/rasters/geotiff.py" line="345"/>
        <source>{count} layer(s) but {given} timestamp(s) were given; give one timestamp per layer, in the same order.</source>
        <translation>Aantal lagen: {count}, aantal opgegeven tijdstippen: {given}; geef één tijdstip per laag, in dezelfde volgorde.</translation>
    </message>
    <message>
        <location filename="../core/times.py" line="107"/>
        <source>“{text}” is not an ISO 8601 date and time in UTC, for example 2020-01-01T06:00:00Z.</source>
        <translation>“{text}” is geen ISO 8601-datum en -tijd in UTC, bijvoorbeeld 2020-01-01T06:00:00Z.</translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="53"/>
        <source>Lizard accepted the request but did not say which task handles it.</source>
        <translation>Lizard heeft het verzoek geaccepteerd maar niet gezegd welke taak het afhandelt.</translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="100"/>
        <source>Lizard answered with something that is not a task.</source>
        <translation>Lizard antwoordde met iets dat geen taak is.</translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="114"/>
        <source>Lizard could not process it: {reason}</source>
        <translation>Lizard kon het niet verwerken: {reason}</translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="116"/>
        <source>Lizard could not process it (the task ended as {status}).</source>
        <translation>Lizard kon het niet verwerken (de taak eindigde met status {status}).</translation>
    </message>
    <message>
        <location filename="../core/server_tasks.py" line="122"/>
        <source>Lizard is still processing after {minutes} minutes; it may yet finish, check the task later at {url}</source>
        <translation>Lizard is na {minutes} minuten nog steeds aan het verwerken; mogelijk wordt het alsnog afgerond, controleer de taak later op {url}</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="118"/>
        <source>The file {name} became shorter while it was being uploaded.</source>
        <translation>Het bestand {name} werd korter tijdens het uploaden.</translation>
    </message>
    <message>
        <location filename="../core/times.py" line="290"/>
        <source>“{value}” is not a date and time; write it like 2024-05-01T12:00:00Z.</source>
        <translation>“{value}” is geen datum en tijd; schrijf het als 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <location filename="../core/times.py" line="366"/>
        <source>“{value}” is not an interval; write it like 01:00:00, 1h, 15min or P1D.</source>
        <translation>“{value}” is geen interval; schrijf het als 01:00:00, 1h, 15min of P1D.</translation>
    </message>
    <message>
        <location filename="../core/times.py" line="369"/>
        <source>The interval must be longer than zero.</source>
        <translation>Het interval moet langer dan nul zijn.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="157"/>
        <source>The access must be Private, Common or Public, not “{value}”.</source>
        <translation>De toegang moet Private, Common of Public zijn, niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../core/query.py" line="62"/>
        <source>The {what} “{value}” is not a UUID.</source>
        <translation>De {what} “{value}” is geen UUID.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="139"/>
        <source>rastersource</source>
        <translation>rasterbron</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="149"/>
        <source>Give the new rastersource a name.</source>
        <translation>Geef de nieuwe rasterbron een naam.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="200"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="207"/>
        <source>A temporal rastersource needs an interval (the time between steps, e.g. 1h).</source>
        <translation>Een rasterbron met tijdreeks heeft een interval nodig (de tijd tussen de stappen, bijv. 1h).</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="303"/>
        <source>Give the new raster layer a name.</source>
        <translation>Geef de nieuwe rasterlaag een naam.</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="305"/>
        <source>Choose an observation type for the new raster layer.</source>
        <translation>Kies een observatietype voor de nieuwe rasterlaag.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="271"/>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="289"/>
        <source>The rastersource {name} is temporal: give the time (UTC) of {file}.</source>
        <translation>De rasterbron {name} heeft een tijdreeks: geef de tijd (UTC) van {file} op.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="302"/>
        <source>Lizard gave up receiving {file} (HTTP 504): the file is too large for one request. Split it into smaller tiles (or time steps) and upload them one by one.</source>
        <translation>Lizard is gestopt met het ontvangen van {file} (HTTP 504): het bestand is te groot voor één verzoek. Splits het in kleinere tegels (of tijdstappen) en upload die een voor een.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="362"/>
        <source>The rastersource {name} is temporal: give the time (UTC) of {files}.</source>
        <translation>De rasterbron {name} heeft een tijdreeks: geef de tijd (UTC) van {files} op.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="368"/>
        <source>{first} and {second} have the same time {time}; each time step is one file.</source>
        <translation>{first} en {second} hebben dezelfde tijd {time}; elke tijdstap is één bestand.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="352"/>
        <source>The rastersource {name} is not temporal: it holds one raster, so upload one file.</source>
        <translation>De rasterbron {name} heeft geen tijdreeks: die bevat één raster, dus upload één bestand.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="516"/>
        <source>{done} of {total} files uploaded.</source>
        <translation>{done} van {total} bestanden geüpload.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="518"/>
        <source>{file} failed: {reason}</source>
        <translation>{file} mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="520"/>
        <source>Not sent: {files}.</source>
        <translation>Niet verstuurd: {files}.</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="90"/>
        <source>Upload</source>
        <translation>Uploaden</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="45"/>
        <source>Download raster</source>
        <translation>Raster downloaden</translation>
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
        <translation>Downloadt een Lizard-rasterlaag als GeoTIFF-bestanden (in tegels, met DEFLATE gecomprimeerd, met een NODATA-waarde). Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld. Grote gebieden worden in tegels opgehaald (nooit meer dan 100 miljoen pixels per verzoek, vier tegelijk) en samengevoegd.

RASTER: de UUID van de rasterlaag.
EXTENT: het gebied. Zonder omvang en maskerlaag de hele omvang van het raster.
MASK_LAYER: polygonen (met &quot;alleen geselecteerde objecten&quot;: de geselecteerde): het resultaat wordt bijgesneden tot hun vereniging (pixels daarbuiten worden NODATA), of met SPLIT_BY_FEATURE één bestand per object, genoemd naar NAME_FIELD (geschikt gemaakt voor bestandsnamen en uniek). Met ook een omvang telt alleen het deel van de polygonen binnen de omvang.
CRS: het CRS van de bestanden; het moet een EPSG-code hebben. Standaard: dat van het raster zelf.
PIXEL_SIZE: in de eenheden van het CRS. Standaard: die van het raster zelf, omgerekend als het CRS verschilt.
NODATA: de NODATA-waarde van de bestanden. Standaard: die van het raster.
TIME: voor een raster met tijdreeks de tijdstap die het dichtst bij dit moment ligt (standaard: de laatste stap). Met TIME_END elke stap van TIME tot TIME_END, één bestand per stap, genoemd naar de UTC-tijd (…_20200101T000000Z.tif).
OUTPUT: een .tif-bestand, een .vrt-bestand (een VRT over de gedownloade tegels, die in de map NAAM_tiles ernaast blijven staan) of een map (elk pad zonder .tif of .vrt; daarin komt RASTERNAAM.tif). Meerdere bestanden worden genoemd naar de naam van de uitvoer, het object en de tijdstap.
Bestanden die al bestaan worden overgeslagen, dus opnieuw draaien na een annulering haalt alleen op wat ontbreekt; verwijder een bestand om het opnieuw op te halen. Een annulering of fout laat geen half bestand achter.

FILES: de paden van de bestanden, één per regel.</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="74"/>
        <source>Raster layer UUID</source>
        <translation>UUID van de rasterlaag</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="94"/>
        <source>Mask layer (polygons)</source>
        <translation>Maskerlaag (polygonen)</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="78"/>
        <source>One file per feature of the mask layer</source>
        <translation>Eén bestand per object van de maskerlaag</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="80"/>
        <source>Name the files after the field</source>
        <translation>Bestanden vernoemen naar het veld</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="83"/>
        <source>CRS (default: the raster&apos;s)</source>
        <translation>CRS (standaard: dat van het raster)</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="84"/>
        <source>Pixel size (default: the raster&apos;s)</source>
        <translation>Pixelgrootte (standaard: die van het raster)</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="87"/>
        <source>NODATA value (default: the raster&apos;s)</source>
        <translation>NODATA-waarde (standaard: die van het raster)</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="90"/>
        <source>Time (step)</source>
        <translation>Tijd (tijdstap)</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="91"/>
        <source>Until (one file per time step)</source>
        <translation>Tot (één bestand per tijdstap)</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="93"/>
        <source>Output GeoTIFF, VRT or folder</source>
        <translation>Uitvoer (GeoTIFF, VRT of map)</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="93"/>
        <source>GeoTIFF (*.tif *.tiff);;VRT over the tiles (*.vrt)</source>
        <translation>GeoTIFF (*.tif *.tiff);;VRT over de tegels (*.vrt)</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="103"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="112"/>
        <source>The mask layer has no (selected) features with a geometry.</source>
        <translation>De maskerlaag heeft geen (geselecteerde) objecten met een geometrie.</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="134"/>
        <source>{path} is already there: skipped.</source>
        <translation>{path} bestaat al: overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="122"/>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../processing/download_raster.py" line="143"/>
        <source>{files} file(s) in {tiles} tile(s), {crs}, pixel size {x} x {y}.</source>
        <translation>{files} bestand(en) in {tiles} tegel(s), {crs}, pixelgrootte {x} x {y}.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="394"/>
        <source>Cancelled: the files that were complete are kept, nothing partial is left.</source>
        <translation>Geannuleerd: de voltooide bestanden blijven bewaard, er blijft geen half bestand achter.</translation>
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
        <translation>Schrijft een vectorlaag als zip-bestand voor de assetimport van Lizard (PORTAAL/import/): een shapefile (UTF-8) en een .ini-bestand dat Lizard vertelt welke kolom welk veld bevat. Er wordt niets geüpload. Veldnamen langer dan 10 tekens worden ingekort (en uniek gemaakt); het .ini-bestand verwijst naar de geschreven namen. De laag wordt gecontroleerd voordat er iets wordt geschreven; een shapefile die groter dan 2 GB zou worden, wordt geweigerd.

INPUT: de assets (&quot;alleen geselecteerde objecten&quot; wordt gerespecteerd).
ASSET_TYPE: het Lizard-assettype in CamelCase, bijv. GroundwaterStation, Pumpstation, Pipe, Polder (of de API-naam, bijv. groundwaterstations). Punt-, lijn- of vlaklagen moeten erbij passen.
COLUMNS: paren lizard_veld=LAAGVELD, gescheiden door puntkomma's, bijv. code=ID;name=NAME.
DEFAULTS: paren lizard_veld=waarde voor velden die voor elke asset gelijk zijn, bijv. frequency=daily;scale=1.
ORGANISATION: de UUID van de organisatie waartoe de assets behoren.
NESTED_ASSET: het type van de geneste assets in dezelfde rij, bijv. Filter.
NESTED_FIRST: het eerste laagveld van het geneste blok; dit veld en elk veld rechts ervan bevatten de geneste assets, telkens één set NESTED_FIELDS per asset.
NESTED_FIELDS: de Lizard-velden van één geneste asset, gescheiden door komma's, bijv. code,filter_top_level,filter_bottom_level.
INVALID_GEOMETRIES: 0 objecten zonder geldige geometrie overslaan en tellen (standaard), 1 niet exporteren als er zo'n object is.
LONG_TEXT: 0 tekst langer dan 254 bytes weigeren, met vermelding van het veld en een object (standaard), 1 inkorten tot 254 bytes met een waarschuwing (meer kan een shapefile niet bevatten).

OUTPUT: het zip-bestand. FEATURES en SKIPPED: hoeveel objecten zijn geschreven en weggelaten.</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="165"/>
        <source>Features without a valid geometry</source>
        <translation>Objecten zonder geldige geometrie</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="118"/>
        <source>Skip and count them</source>
        <translation>Overslaan en tellen</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="122"/>
        <source>Refuse to export</source>
        <translation>Niet exporteren</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="166"/>
        <source>Text longer than 254 bytes</source>
        <translation>Tekst langer dan 254 bytes</translation>
    </message>
    <message>
        <location filename="../ui/asset_bundle_dialog.py" line="123"/>
        <source>Cut to 254 bytes and warn</source>
        <translation>Inkorten tot 254 bytes en waarschuwen</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="59"/>
        <source>Export time steps for Lizard</source>
        <translation>Tijdstappen exporteren voor Lizard</translation>
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
        <translation>Schrijft tijdstappen als GeoTIFF's die Lizard accepteert, één bestand per tijdstap, genoemd naar het UTC-tijdstip (bijv. rain_20200101T060000Z.tif), en timesteps.csv in dezelfde map met een rij file,timestamp per bestand voor de upload naar een rasterbron met tijdreeks. Bij een fout blijft er niets achter.

INPUT: een NetCDF of raster met meerdere banden, waarvan de banden de tijdstappen zijn.
INPUT_LAYERS: in plaats van INPUT een set rasterlagen, één per tijdstap (van elk band 1).
TIMESTAMPS: de UTC-tijd van elke band of laag, in dezelfde volgorde, gescheiden door komma's of nieuwe regels (ISO 8601, bijv. 2020-01-01T06:00:00Z). Laat leeg om de tijden uit het raster te halen: tijdmetadata van NetCDF (&quot;hours since ...&quot; en dergelijke) of bandbeschrijvingen die datums zijn.
NODATA: de no-data-waarde, alleen nodig als de banden er geen hebben.
TARGET_CRS: herprojecteer naar dit CRS (het moet een EPSG-code hebben).

OUTPUT: de map. FILES: de geschreven GeoTIFF's, één pad per regel; CSV: timesteps.csv.</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="78"/>
        <source>NetCDF or multi-band raster (one band per time step)</source>
        <translation>NetCDF of raster met meerdere banden (één band per tijdstap)</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="80"/>
        <source>Or: raster layers, one per time step</source>
        <translation>Of: rasterlagen, één per tijdstap</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="83"/>
        <source>Timestamps (ISO 8601 UTC, in order; empty: from the raster)</source>
        <translation>Tijdstippen (ISO 8601 UTC, op volgorde; leeg: uit het raster)</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="100"/>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="90"/>
        <source>Files written</source>
        <translation>Geschreven bestanden</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="91"/>
        <source>List of files and timestamps</source>
        <translation>Lijst van bestanden en tijdstippen</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="92"/>
        <source>Number of time steps</source>
        <translation>Aantal tijdstappen</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="99"/>
        <source>Give either INPUT (one raster with a band per time step) or INPUT_LAYERS (one layer per time step), not both or neither.</source>
        <translation>Geef INPUT (één raster met een band per tijdstap) of INPUT_LAYERS (één laag per tijdstap): precies één van beide.</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="111"/>
        <source>{name} does not say the time of its bands; give TIMESTAMPS, one per band.</source>
        <translation>{name} vermeldt de tijd van de banden niet; geef TIMESTAMPS op, één per band.</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="114"/>
        <source>Times from the raster: {times}</source>
        <translation>Tijden uit het raster: {times}</translation>
    </message>
    <message>
        <location filename="../processing/export_timesteps.py" line="125"/>
        <source>{name} does not say its time; give TIMESTAMPS, one per layer in the same order.</source>
        <translation>{name} vermeldt geen tijd; geef TIMESTAMPS op, één per laag in dezelfde volgorde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/export_timesteps.py" line="134"/>
        <source>Wrote %n time step(s) and {csv} to {folder}.</source>
        <translation>
            <numerusform>%n tijdstap en {csv} naar {folder} geschreven.</numerusform>
            <numerusform>%n tijdstappen en {csv} naar {folder} geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="64"/>
        <source>Upload raster to Lizard</source>
        <translation>Raster uploaden naar Lizard</translation>
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
        <translation>Uploadt één band van een rasterlaag naar een Lizard-rasterbron — een bestaande, of een nieuwe die het aanmaakt — en volgt de verwerking in Lizard tot het einde. Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld; de sleutel heeft de supplier-rol nodig in de organisatie van de rasterbron.

Het bestand wordt eerst geschikt gemaakt voor Lizard (één band, NODATA, een CRS met een EPSG-code): een bestand dat al geschikt is wordt verstuurd zoals het is, al het andere wordt naar een tijdelijke GeoTIFF geëxporteerd. Het bestand wordt vanaf schijf gestreamd, zodat grote bestanden het geheugen niet vullen; de voortgangsbalk volgt de verstuurde bytes.

INPUT: een rasterlaag die in een bestand staat.
BAND: de band om te uploaden (standaard 1).
NODATA: de no-data-waarde, alleen nodig als de band er geen heeft.
RASTERSOURCE: de UUID van de rasterbron om naar te uploaden. Laat leeg om een nieuwe aan te maken met NAME, ORGANISATION, ACCESS, TEMPORAL en INTERVAL (die anders worden genegeerd).
NAME: de naam van de nieuwe rasterbron.
ORGANISATION: de UUID van de organisatie van de nieuwe rasterbron.
ACCESS: wie de nieuwe rasterbron mag zien: Privé (uw organisatie), Gedeeld (elke ingelogde gebruiker) of Openbaar (iedereen).
TEMPORAL: de nieuwe rasterbron bevat een raster per tijdstap.
INTERVAL: de tijd tussen de stappen van een nieuwe rasterbron met tijdreeks, bijv. 01:00:00, 1h, 15min of P1D.
TIMESTAMP: het tijdstip van dit raster in ISO 8601, bijv. 2024-05-01T12:00:00Z (een tijd zonder tijdzone geldt als UTC). Verplicht voor een rasterbron met tijdreeks: zonder wordt er niets verstuurd.
WAIT: de verwerking in Lizard volgen tot die klaar is (standaard). Zonder keert het algoritme terug zodra het bestand is verstuurd en Lizard het heeft geaccepteerd.

RASTERSOURCE (uitvoer): de UUID van de rasterbron.
TASK_STATUS: de status van de taak in Lizard: SUCCESS als er is gewacht en alles goed ging; zonder WAIT de status op het moment dat het algoritme terugkeerde (bijv. PENDING). Als de taak mislukt, mislukt het algoritme met de reden van Lizard.
TASK_URL: het adres van de taak in Lizard, om die later te controleren.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="102"/>
        <source>Rastersource UUID (empty: create a new rastersource)</source>
        <translation>UUID van de rasterbron (leeg: een nieuwe rasterbron aanmaken)</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="104"/>
        <source>Name of a new rastersource</source>
        <translation>Naam van een nieuwe rasterbron</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="105"/>
        <source>Organisation UUID of a new rastersource</source>
        <translation>UUID van de organisatie van een nieuwe rasterbron</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="107"/>
        <source>Access of a new rastersource</source>
        <translation>Toegang van een nieuwe rasterbron</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="110"/>
        <source>New rastersource is temporal</source>
        <translation>Nieuwe rasterbron heeft een tijdreeks</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="112"/>
        <source>Interval of a new temporal rastersource (e.g. 1h)</source>
        <translation>Interval van een nieuwe rasterbron met tijdreeks (bijv. 1h)</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="114"/>
        <source>Time of this raster (ISO 8601, UTC)</source>
        <translation>Tijd van dit raster (ISO 8601, UTC)</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="116"/>
        <source>Wait until Lizard has processed the file</source>
        <translation>Wachten tot Lizard het bestand heeft verwerkt</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="118"/>
        <source>Rastersource UUID</source>
        <translation>UUID van de rasterbron</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="119"/>
        <source>Task status</source>
        <translation>Taakstatus</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="120"/>
        <source>Task URL</source>
        <translation>Taak-URL</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="144"/>
        <source>To create a rastersource give its NAME and ORGANISATION (a UUID), or give the UUID of an existing rastersource as RASTERSOURCE.</source>
        <translation>Geef voor een nieuwe rasterbron NAME en ORGANISATION (een UUID) op, of geef de UUID van een bestaande rasterbron als RASTERSOURCE.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="168"/>
        <source>The upload was cancelled.</source>
        <translation>De upload is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="346"/>
        <source>Your key may not upload to the rastersource {name}: that needs the supplier role in its organisation.</source>
        <translation>Uw sleutel mag niet uploaden naar de rasterbron {name}: daarvoor is de supplier-rol in de organisatie ervan nodig.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="183"/>
        <source>Checking {file} for Lizard.</source>
        <translation>{file} controleren voor Lizard.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="178"/>
        <source>Created the rastersource {name} ({uuid}).</source>
        <translation>De rasterbron {name} ({uuid}) is aangemaakt.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="187"/>
        <source>Uploading {file} ({size} MB) to {name}.</source>
        <translation>{file} ({size} MB) uploaden naar {name}.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="198"/>
        <source>Uploading: {sent} of {total} MB sent</source>
        <translation>Uploaden: {sent} van {total} MB verstuurd</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="191"/>
        <source>Uploaded; processing on Lizard (task {url}).</source>
        <translation>Geüpload; wordt verwerkt in Lizard (taak {url}).</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="229"/>
        <source>Not waiting: the task is {status}; Lizard goes on processing the file.</source>
        <translation>Er wordt niet gewacht: de taak is {status}; Lizard gaat door met het verwerken van het bestand.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="202"/>
        <source>Processing on Lizard ({status})</source>
        <translation>Verwerking in Lizard ({status})</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="203"/>
        <source>Processing on Lizard: {status}.</source>
        <translation>Verwerking in Lizard: {status}.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="221"/>
        <source>Stopped waiting; the file was sent and Lizard goes on processing it (task {url}).</source>
        <translation>Gestopt met wachten; het bestand is verstuurd en Lizard gaat door met het verwerken ervan (taak {url}).</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="232"/>
        <source>Done: Lizard has processed the file into {name}.</source>
        <translation>Klaar: Lizard heeft het bestand verwerkt in {name}.</translation>
    </message>
    <message>
        <location filename="../processing/upload_raster.py" line="243"/>
        <source>Could not read the task&apos;s status: {error}</source>
        <translation>De status van de taak kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="41"/>
        <source>Upload timeseries events to Lizard</source>
        <translation>Tijdreekswaarden uploaden naar Lizard</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="68"/>
        <source>Table or layer</source>
        <translation>Tabel of laag</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="100"/>
        <source>Timeseries UUID</source>
        <translation>UUID van de tijdreeks</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="101"/>
        <source>Time field</source>
        <translation>Tijdveld</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="102"/>
        <source>Value field</source>
        <translation>Waardeveld</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="103"/>
        <source>Flag field</source>
        <translation>Vlagveld</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="104"/>
        <source>Comment field</source>
        <translation>Commentaarveld</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="86"/>
        <source>Events stored</source>
        <translation>Opgeslagen waarden</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="106"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Geannuleerd; er is niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="113"/>
        <source>Skipped {count} rows without a value (rows {rows}).</source>
        <translation>{count} rijen zonder waarde overgeslagen (rijen {rows}).</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="116"/>
        <source>The table has no rows with a time and a value: nothing to send.</source>
        <translation>De tabel heeft geen rijen met een tijd en een waarde: er is niets te versturen.</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="117"/>
        <source>Sending {count} events to the timeseries {uuid}.</source>
        <translation>{count} waarden naar de tijdreeks {uuid} sturen.</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="127"/>
        <source>Cancelled; the batches sent before were stored (sending them again is harmless).</source>
        <translation>Geannuleerd; de eerder verstuurde batches zijn opgeslagen (opnieuw versturen kan geen kwaad).</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="131"/>
        <source>Lizard stored {count} events.</source>
        <translation>Lizard heeft {count} waarden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="87"/>
        <source>One file per band (time steps)</source>
        <translation>Eén bestand per band (tijdstappen)</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="93"/>
        <source>One per band, in UTC, e.g. 2020-01-01T00:00:00Z, 2020-01-01T01:00:00Z</source>
        <translation>Eén per band, in UTC, bijv. 2020-01-01T00:00:00Z, 2020-01-01T01:00:00Z</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="99"/>
        <source>Timestamps</source>
        <translation>Tijdstippen</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="166"/>
        <source>Read from the raster&apos;s metadata.</source>
        <translation>Gelezen uit de metadata van het raster.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="297"/>
        <source>Choose the folder to write the time steps to.</source>
        <translation>Kies de map om de tijdstappen naar te schrijven.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="300"/>
        <source>Give the timestamp of each band, in UTC.</source>
        <translation>Geef het tijdstip van elke band op, in UTC.</translation>
    </message>
    <message>
        <location filename="../ui/geotiff_dialog.py" line="311"/>
        <source>Exporting time steps for Lizard</source>
        <translation>Tijdstappen voor Lizard exporteren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/geotiff_dialog.py" line="322"/>
        <source>%n GeoTIFF(s) and {csv} were written to {folder}.</source>
        <translation>
            <numerusform>%n GeoTIFF en {csv} zijn naar {folder} geschreven.</numerusform>
            <numerusform>%n GeoTIFF's en {csv} zijn naar {folder} geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="42"/>
        <source>uploading {percent}%</source>
        <translation>uploaden {percent}%</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="44"/>
        <source>failed: {reason}</source>
        <translation>mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="46"/>
        <source>waiting</source>
        <translation>wachten</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="47"/>
        <source>preparing</source>
        <translation>voorbereiden</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="48"/>
        <source>uploading</source>
        <translation>uploaden</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="49"/>
        <source>processing on Lizard</source>
        <translation>verwerken in Lizard</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="50"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="51"/>
        <source>not sent (cancelled)</source>
        <translation>niet verstuurd (geannuleerd)</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="187"/>
        <source>Upload to Lizard</source>
        <translation>Uploaden naar Lizard</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="63"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="63"/>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="63"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="74"/>
        <source>Add layer</source>
        <translation>Laag toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="77"/>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="86"/>
        <source>The band to upload from files with more than one band.</source>
        <translation>De band om te uploaden uit bestanden met meer dan één band.</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="89"/>
        <source>Optional: only for files without a NODATA value</source>
        <translation>Optioneel: alleen voor bestanden zonder NODATA-waarde</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="42"/>
        <source>An existing rastersource</source>
        <translation>Een bestaande rasterbron</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="44"/>
        <source>A new rastersource</source>
        <translation>Een nieuwe rasterbron</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="49"/>
        <source>Search your writable rastersources by name</source>
        <translation>Uw beschrijfbare rasterbronnen op naam zoeken</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="72"/>
        <source>Temporal (one file per time step)</source>
        <translation>Tijdreeks (één bestand per tijdstap)</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="77"/>
        <source>Time between steps, e.g. 1h, 15min, 1d or 01:00:00</source>
        <translation>Tijd tussen de stappen, bijv. 1h, 15min, 1d of 01:00:00</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="91"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="221"/>
        <source>Create a raster layer</source>
        <translation>Een rasterlaag aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="227"/>
        <source>Search observation types</source>
        <translation>Observatietypen zoeken</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="236"/>
        <source>Create raster layer and add it to the map</source>
        <translation>Rasterlaag aanmaken en aan de kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="93"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="95"/>
        <source>Send the files that were not uploaded yet</source>
        <translation>De nog niet geüploade bestanden versturen</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="98"/>
        <source>Cancel upload</source>
        <translation>Upload annuleren</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="169"/>
        <source>Rasters to upload</source>
        <translation>Rasters om te uploaden</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="96"/>
        <source>Upload into</source>
        <translation>Uploaden naar</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="136"/>
        <source>UTC, e.g. 2024-05-01T12:00:00Z; a time with a zone is converted</source>
        <translation>UTC, bijv. 2024-05-01T12:00:00Z; een tijd met een tijdzone wordt omgerekend</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="162"/>
        <source>{name} is not a raster file; only rasters stored in a file can be uploaded.</source>
        <translation>{name} is geen rasterbestand; alleen rasters die in een bestand staan kunnen worden geüpload.</translation>
    </message>
    <message>
        <location filename="../ui/upload_files.py" line="169"/>
        <source>GeoTIFF and time step lists (*.tif *.tiff *.csv);;All files (*)</source>
        <translation>GeoTIFF en tijdstaplijsten (*.tif *.tiff *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="139"/>
        <source>Searching your writable rastersources</source>
        <translation>Uw beschrijfbare rasterbronnen doorzoeken</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="162"/>
        <source>temporal, every {interval}</source>
        <translation>tijdreeks, elke {interval}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/upload_target.py" line="175"/>
        <source>%n writable rastersource(s).</source>
        <translation>
            <numerusform>%n beschrijfbare rasterbron.</numerusform>
            <numerusform>%n beschrijfbare rasterbronnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="177"/>
        <source>None of the rastersources you may write to matches; create a new one.</source>
        <translation>Geen van de rasterbronnen waarin u mag schrijven komt overeen; maak een nieuwe aan.</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="196"/>
        <source>Loading your organisations</source>
        <translation>Uw organisaties laden</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="139"/>
        <source>Add a raster layer or a file to upload.</source>
        <translation>Voeg een rasterlaag of een bestand toe om te uploaden.</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="146"/>
        <source>Choose the rastersource to upload into, or create a new one.</source>
        <translation>Kies de rasterbron om naar te uploaden, of maak een nieuwe aan.</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="152"/>
        <source>Loading your organisations…</source>
        <translation>Uw organisaties laden…</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="153"/>
        <source>Choose an organisation; you need the supplier role in one to create a rastersource.</source>
        <translation>Kies een organisatie; om een rasterbron aan te maken hebt u daarin de supplier-rol nodig.</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="214"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="300"/>
        <source>Uploading to a new Lizard rastersource “{name}”</source>
        <translation>Uploaden naar een nieuwe Lizard-rasterbron “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="302"/>
        <source>Uploading to the Lizard rastersource “{name}”</source>
        <translation>Uploaden naar de Lizard-rasterbron “{name}”</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="315"/>
        <source>Uploading…</source>
        <translation>Uploaden…</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="324"/>
        <source>Lizard is processing {file}…</source>
        <translation>Lizard verwerkt {file}…</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="337"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../ui/upload_raster_dialog.py" line="359"/>
        <source>Upload cancelled.</source>
        <translation>Upload geannuleerd.</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="263"/>
        <source>Loading observation types</source>
        <translation>Observatietypen laden</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="316"/>
        <source>Creating the raster layer “{name}” in Lizard</source>
        <translation>De rasterlaag “{name}” in Lizard aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="322"/>
        <source>Creating the raster layer…</source>
        <translation>De rasterlaag aanmaken…</translation>
    </message>
    <message>
        <location filename="../ui/upload_target.py" line="328"/>
        <source>Raster layer “{name}” created in Lizard; adding it to the map…</source>
        <translation>Rasterlaag “{name}” is in Lizard aangemaakt; wordt aan de kaart toegevoegd…</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="53"/>
        <source>The UUID of the timeseries in Lizard</source>
        <translation>De UUID van de tijdreeks in Lizard</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="98"/>
        <source>Layer or table</source>
        <translation>Laag of tabel</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="150"/>
        <source>Choose a layer or table.</source>
        <translation>Kies een laag of tabel.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="153"/>
        <source>Give the UUID of the timeseries.</source>
        <translation>Geef de UUID van de tijdreeks op.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="159"/>
        <source>Choose the time field.</source>
        <translation>Kies het tijdveld.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="161"/>
        <source>Choose the value field.</source>
        <translation>Kies het waardeveld.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="209"/>
        <source>There are no events to send: no row has a value.</source>
        <translation>Er zijn geen waarden om te versturen: geen enkele rij heeft een waarde.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="217"/>
        <source>Uploading timeseries events to Lizard</source>
        <translation>Tijdreekswaarden naar Lizard uploaden</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="223"/>
        <source>Uploading events…</source>
        <translation>Gebeurtenissen uploaden…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/events_dialog.py" line="238"/>
        <source>%n event(s) stored.</source>
        <translation>
            <numerusform>%n waarde opgeslagen.</numerusform>
            <numerusform>%n waarden opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/events_dialog.py" line="240"/>
        <source>%n row(s) without a value skipped.</source>
        <translation>
            <numerusform>%n rij zonder waarde overgeslagen.</numerusform>
            <numerusform>%n rijen zonder waarde overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="255"/>
        <source>Timeseries events</source>
        <translation>Tijdreekswaarden</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="174"/>
        <source>Download from Lizard…</source>
        <translation>Downloaden uit Lizard…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="358"/>
        <source>downloading</source>
        <translation>downloaden</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="77"/>
        <source>already there (skipped)</source>
        <translation>al aanwezig (overgeslagen)</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="78"/>
        <source>cancelled (nothing partial kept)</source>
        <translation>geannuleerd (geen half bestand bewaard)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="402"/>
        <source>Download from Lizard</source>
        <translation>Downloaden uit Lizard</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="105"/>
        <source>Map canvas extent</source>
        <translation>Kaartbeeld</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="99"/>
        <source>Selected polygons of a layer</source>
        <translation>Geselecteerde polygonen van een laag</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="99"/>
        <source>Drawn rectangle or polygon</source>
        <translation>Getekende rechthoek of polygoon</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="109"/>
        <source>One file per polygon, named from the field</source>
        <translation>Eén bestand per polygoon, genoemd naar het veld</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="111"/>
        <source>Unchecked: one file for the union of the selected polygons</source>
        <translation>Niet aangevinkt: één bestand voor alle geselecteerde polygonen samen</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="146"/>
        <source>Native</source>
        <translation>Oorspronkelijk</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="150"/>
        <source>In the units of the CRS. Native: the raster&apos;s own pixel size, converted when the CRS differs from the raster&apos;s</source>
        <translation>In de eenheden van het CRS. Oorspronkelijk: de eigen pixelgrootte van het raster, omgerekend als het CRS verschilt van dat van het raster</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="154"/>
        <source>Optional: the raster&apos;s own, else -9999</source>
        <translation>Optioneel: die van het raster zelf, anders -9999</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="155"/>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="141"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="140"/>
        <source>Pixel size</source>
        <translation>Pixelgrootte</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="162"/>
        <source>One time step</source>
        <translation>Eén tijdstap</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="164"/>
        <source>A range: one file per time step</source>
        <translation>Een bereik: één bestand per tijdstap</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="180"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="191"/>
        <source>GeoTIFF (the tiles joined)</source>
        <translation>GeoTIFF (de tegels samengevoegd)</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="192"/>
        <source>VRT over the tiles</source>
        <translation>VRT over de tegels</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="200"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="209"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="161"/>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="234"/>
        <source>Download the files that are not there yet (complete files are skipped)</source>
        <translation>De bestanden downloaden die er nog niet zijn (voltooide bestanden worden overgeslagen)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="164"/>
        <source>Cancel download</source>
        <translation>Download annuleren</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="26"/>
        <source>Loading the raster {uuid} from Lizard…</source>
        <translation>Het raster {uuid} uit Lizard laden…</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="28"/>
        <source>Download “{name}” from Lizard</source>
        <translation>“{name}” downloaden uit Lizard</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="30"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="32"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Native: {crs}, pixels of {x} × {y}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Oorspronkelijk: {crs}, pixels van {x} × {y}.</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="35"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Native: {crs}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Oorspronkelijk: {crs}.</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="66"/>
        <source>Loading the Lizard raster {name}</source>
        <translation>Het Lizard-raster {name} laden</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="71"/>
        <source>Loading the time steps…</source>
        <translation>De tijdstappen laden…</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="92"/>
        <source>The time steps could not be loaded.</source>
        <translation>De tijdstappen konden niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../ui/download_raster.py" line="106"/>
        <source>This raster has no time steps yet: it holds no data.</source>
        <translation>Dit raster heeft nog geen tijdstappen: het bevat geen data.</translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="67"/>
        <source>Choose a polygon layer and select polygons in it.</source>
        <translation>Kies een polygoonlaag en selecteer er polygonen in.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="230"/>
        <source>Select polygons of “{layer}” first.</source>
        <translation>Selecteer eerst polygonen van “{layer}”.</translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="79"/>
        <source>The map shows no area to download.</source>
        <translation>De kaart toont geen gebied om te downloaden.</translation>
    </message>
    <message>
        <location filename="../ui/download_area.py" line="93"/>
        <source>The selected features of “{layer}” have no geometry.</source>
        <translation>De geselecteerde objecten van “{layer}” hebben geen geometrie.</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="295"/>
        <source>NODATA must be a number, e.g. -9999.</source>
        <translation>NODATA moet een getal zijn, bijv. -9999.</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="300"/>
        <source>Loading the raster from Lizard…</source>
        <translation>Het raster uit Lizard laden…</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="300"/>
        <source>The raster could not be loaded from Lizard.</source>
        <translation>Het raster kon niet uit Lizard worden geladen.</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="304"/>
        <source>Choose a CRS.</source>
        <translation>Kies een CRS.</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="320"/>
        <source>There is no time step from {start} to {end}: choose a later end.</source>
        <translation>Er is geen tijdstap van {start} tot {end}: kies een latere eindtijd.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="242"/>
        <source>Choose a folder to save the files in.</source>
        <translation>Kies een map om de bestanden in op te slaan.</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="329"/>
        <source>Choose a file to save the download in.</source>
        <translation>Kies een bestand om de download in op te slaan.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="145"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="351"/>
        <source>VRT (*.vrt)</source>
        <translation>VRT (*.vrt)</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="356"/>
        <source>{count} time step(s): one file each.</source>
        <translation>{count} tijdstap(pen): elk een eigen bestand.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="123"/>
        <source>Planning the download of {name}</source>
        <translation>De download van {name} voorbereiden</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="129"/>
        <source>Planning the download…</source>
        <translation>De download voorbereiden…</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="131"/>
        <source>Working out the size…</source>
        <translation>De grootte berekenen…</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="175"/>
        <source>{files} file(s), {tiles} tile(s), {pixels} pixels (about {mb} MB before compression); {crs}, pixel size {x} × {y}.</source>
        <translation>{files} bestand(en), {tiles} tegel(s), {pixels} pixels (ongeveer {mb} MB vóór compressie); {crs}, pixelgrootte {x} × {y}.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="257"/>
        <source>Downloading {name} from Lizard</source>
        <translation>{name} downloaden uit Lizard</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="332"/>
        <source>Downloading…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="316"/>
        <source>Downloaded {count} file(s) of “{name}”.</source>
        <translation>{count} bestand(en) van “{name}” gedownload.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="321"/>
        <source>Cancelled: the files that were complete are kept, nothing partial is left. Resume fetches the rest.</source>
        <translation>Geannuleerd: de voltooide bestanden blijven bewaard, er blijft geen half bestand achter. Hervatten haalt de rest op.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="130"/>
        <source>Download…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="210"/>
        <source>Download the selected raster as GeoTIFF files</source>
        <translation>Het geselecteerde raster als GeoTIFF-bestanden downloaden</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="210"/>
        <source>Only raster layers can be downloaded (Lizard serves the data of raster layers): find a raster layer that shows this rastersource in the Raster layers tab</source>
        <translation>Alleen rasterlagen kunnen worden gedownload (Lizard levert de data van rasterlagen): zoek op het tabblad Rasterlagen een rasterlaag die deze rasterbron toont</translation>
    </message>
    <message>
        <location filename="../ui/download_form.py" line="193"/>
        <source>A VRT keeps the downloaded tiles in a folder next to it: its name with “_tiles” added.</source>
        <translation>Een VRT bewaart de gedownloade tegels in een map ernaast: de naam van de VRT met “_tiles” erachter.</translation>
    </message>
    <message>
        <location filename="../core/areas.py" line="36"/>
        <source>The extent cannot be converted to {crs}.</source>
        <translation>De omvang kan niet naar {crs} worden omgerekend.</translation>
    </message>
    <message>
        <location filename="../core/areas.py" line="56"/>
        <source>The mask has no (selected) features with a geometry.</source>
        <translation>Het masker heeft geen (geselecteerde) objecten met een geometrie.</translation>
    </message>
    <message>
        <location filename="../core/areas.py" line="62"/>
        <source>The features of the mask are outside the extent.</source>
        <translation>De objecten van het masker liggen buiten de omvang.</translation>
    </message>
    <message>
        <location filename="../core/rasters/upload.py" line="357"/>
        <source>The rastersource {name} is not temporal: the time of {files} is ignored.</source>
        <translation>De rasterbron {name} heeft geen tijdreeks: de tijd van {files} wordt genegeerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/buildings/buildings.py" line="214"/>
        <source>Lizard kept truncating its answer for %n box(es) (west,south,east,north), so buildings may be missing there: {boxes}.</source>
        <translation>
            <numerusform>Lizard bleef zijn antwoord afkappen voor %n vak (west,zuid,oost,noord), dus daar ontbreken mogelijk gebouwen: {boxes}.</numerusform>
            <numerusform>Lizard bleef zijn antwoord afkappen voor %n vakken (west,zuid,oost,noord), dus daar ontbreken mogelijk gebouwen: {boxes}.</numerusform>
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
        <translation>Downloadt Lizard-gebouwen (contouren met hun adressen) voor een gebied en schrijft ze als MultiPolygonen in WGS84 (EPSG:4326). Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld.

EXTENT: gebouwen die deze omvang overlappen. Geef een omvang, een filterlaag of beide; zonder gebied weigert het algoritme te draaien in plaats van elk gebouw van Lizard te downloaden.
FILTER_LAYER: gebouwen in de objecten van deze laag (met &quot;alleen geselecteerde objecten&quot;: in de geselecteerde). Met ook een omvang telt alleen het deel van de objecten binnen de omvang. Gedetailleerde vormen worden vereenvoudigd voordat ze naar Lizard gaan en de exacte vorm wordt hier gecontroleerd, dus het resultaat is exact.
PREDICATE: intersects (gebouwen die het gebied raken) of within (gebouwen die er helemaal binnen liggen).
CODE: alleen het gebouw met deze code (BAG-identificatie), exact.
BUILD_YEAR_MIN, BUILD_YEAR_MAX: alleen gebouwen gebouwd in of na, in of voor dit jaar.
POSTALCODE: alleen gebouwen met een adres waarvan de postcode met deze tekst begint (bijv. 2286 of 2286JG; spaties tellen niet).
VALID_AT: alleen de gebouwen die op dit moment bestonden (van elk de laatste versie).
MAX_FEATURES: stop na zoveel gebouwen; 0 laadt alle.

OUTPUT: de gebouwen, met de velden id, code, build_year, start, end, last_modified, organisation, het eerste adres (street, house_number, house_letter, house_number_suffix, postalcode, city), address_count en addresses (alle adressen als JSON-tekst). Zoals bij elk QGIS-algoritme schrijft een bestandsnaam een nieuw bestand (een bestaand bestand met die naam wordt vervangen). Om de gebouwen aan een bestaande GeoPackage toe te voegen en de andere lagen te behouden, kies je “Opslaan naar GeoPackage…” en geef je een laagnaam (ogr:dbname='file.gpkg' table=&quot;buildings&quot; (geom)): alleen een laag met die naam wordt vervangen.

Blijft Lizard zijn antwoorden voor een drukke plek afkappen nadat de vakken zo ver als toegestaan zijn opgesplitst, dan blijven de aangekomen gebouwen behouden en noemt een waarschuwing de vakken waar er mogelijk ontbreken.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="60"/>
        <source>Not loaded: the layer “{layer}” in {path} was kept.</source>
        <translation>Niet geladen: de laag “{layer}” in {path} is behouden.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_load.py" line="120"/>
        <source>{path} already has a layer “{layer}”. Replace that layer? The other layers in the file are kept.</source>
        <translation>{path} heeft al een laag “{layer}”. Die laag vervangen? De andere lagen in het bestand blijven behouden.</translation>
    </message>
    <message>
        <location filename="../core/times.py" line="51"/>
        <source>“{zone}” is not a time zone; choose UTC or a name like Europe/Amsterdam.</source>
        <translation>“{zone}” is geen tijdzone; kies UTC of een naam zoals Europe/Amsterdam.</translation>
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
        <translation>Stuurt de rijen van een tabel of laag als waarden (tijd en waarde) naar een Lizard-tijdreeks. Lizard maakt de waarden aan, of werkt de waarden met dezelfde tijd bij. Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld; de sleutel heeft schrijfrechten op de tijdreeks nodig.

Elke rij wordt gecontroleerd voordat er iets wordt verstuurd: een rij zonder bruikbare tijd, een waarde of vlag die geen getal is, en twee rijen met dezelfde tijd stoppen het algoritme, met vermelding van de rijen (op object-id). Rijen met een lege waarde worden overgeslagen, met een waarschuwing. Tijden worden verstuurd als ISO 8601 UTC; een tijd zonder tijdzone (ook in een datum/tijd-veld van een CSV-bestand of GeoPackage zonder zone) wordt gelezen in TIME_ZONE. Gebeurtenissen gaan in batches van een paar duizend.

INPUT: elke tabel of laag (met &quot;alleen geselecteerde objecten&quot;: alleen de geselecteerde rijen).
TIMESERIES: de UUID van de Lizard-tijdreeks.
TIME_FIELD: het veld met de tijd (een datum/tijd-veld, een datum, of tekst zoals 2024-05-01T12:00:00Z).
VALUE_FIELD: het veld met de waarde (een getal, of tekst die een getal bevat).
FLAG_FIELD: optioneel, een veld met een kwaliteitsvlag als geheel getal.
COMMENT_FIELD: optioneel, een veld met een commentaar per waarde.
TIME_ZONE: hoe tijden zonder zone worden gelezen: UTC (standaard) of de naam van een tijdzone zoals Europe/Amsterdam, met de zomertijd. Een kloktijd die twee keer voorkomt aan het eind van de zomertijd geldt als de eerste (zomertijd); een kloktijd die niet bestaat aan het begin van de zomertijd wordt een uur later gelezen (02:30 wordt 03:30 zomertijd). Tijden met een zone houden hun moment.

EVENTS: het aantal waarden dat Lizard heeft opgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/upload_timeseries.py" line="83"/>
        <source>Times without a zone are in (UTC or a zone like Europe/Amsterdam)</source>
        <translation>Tijden zonder zone zijn in (UTC of een zone zoals Europe/Amsterdam)</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="69"/>
        <source>How to read times that do not say their zone (a date/time field of a CSV file or GeoPackage, or text like 2024-07-01 12:00). Times that do say it keep their moment.</source>
        <translation>Hoe tijden zonder zone worden gelezen (een datum/tijd-veld van een CSV-bestand of GeoPackage, of tekst zoals 2024-07-01 12:00). Tijden met een zone houden hun moment.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="75"/>
        <source>Summer time follows the chosen zone. Rows without a value are skipped.</source>
        <translation>De zomertijd volgt de gekozen zone. Rijen zonder waarde worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/events_dialog.py" line="105"/>
        <source>Times without a zone are</source>
        <translation>Tijden zonder zone zijn in</translation>
    </message>
    <message>
        <location filename="../core/transport.py" line="121"/>
        <source>The certificate of {host} is not trusted, so nothing was sent; if your organisation inspects https traffic, add its certificate authority in QGIS under Settings &gt; Options &gt; Authentication.</source>
        <translation>Het certificaat van {host} wordt niet vertrouwd, dus er is niets verstuurd; als uw organisatie https-verkeer inspecteert, voeg dan haar certificaatautoriteit toe in QGIS onder Instellingen &gt; Opties &gt; Authenticatie.</translation>
    </message>
    <message>
        <location filename="../core/rasters/wms.py" line="253"/>
        <source>“{name}” is served by {host}, not by your portal: added without your key.</source>
        <translation>“{name}” wordt aangeboden door {host}, niet door uw portaal: toegevoegd zonder uw sleutel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/rasters/wms.py" line="255"/>
        <source>%n layer(s) are served by {hosts}, not by your portal: added without your key.</source>
        <translation>
            <numerusform>%n laag wordt aangeboden door {hosts}, niet door uw portaal: toegevoegd zonder uw sleutel.</numerusform>
            <numerusform>%n lagen worden aangeboden door {hosts}, niet door uw portaal: toegevoegd zonder uw sleutel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="42"/>
        <source>Adds a Lizard raster to the project as a WMS layer, named after it and styled as in Lizard. Temporal rasters become WMS-T layers that follow the Temporal Controller. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set. The layers use the project&apos;s CRS when Lizard&apos;s WMS offers it, else EPSG:3857. A key saved in the Lizard settings reaches the layers as a QGIS authentication configuration (authcfg), never as text in the layer source or the project file, and only on layers that the portal itself serves over https; a layer served by another host is added without it. With only LIZARD_API_KEY set, the layers load public data.

RASTER: the UUID of a raster layer, or of a rastersource: then every raster layer that shows that source is added. A rastersource without raster layers is an error.

URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, where no layers are added, use these to open the layers elsewhere.</source>
        <translation>Voegt een Lizard-raster als WMS-laag aan het project toe, met de naam en de stijl uit Lizard. Rasters met een tijdreeks worden WMS-T-lagen die de Temporal Controller volgen. Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld. De lagen gebruiken het CRS van het project als de WMS van Lizard dat aanbiedt, anders EPSG:3857. Een in de Lizard-instellingen opgeslagen sleutel komt als QGIS-authenticatieconfiguratie (authcfg) bij de lagen, nooit als tekst in de laagbron of het projectbestand, en alleen bij lagen die het portaal zelf via https aanbiedt; een laag die een andere host aanbiedt, wordt zonder sleutel toegevoegd. Met alleen LIZARD_API_KEY laden de lagen openbare data.

RASTER: de UUID van een rasterlaag, of van een rasterbron: dan wordt elke rasterlaag die die bron toont toegevoegd. Een rasterbron zonder rasterlagen is een fout.

URIS: de WMS-gegevensbron van elke laag, één per regel (zonder sleutel); gebruik die met qgis_process, waar geen lagen worden toegevoegd, om de lagen elders te openen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>The saved key was saved for {saved}, not for {portal}, so it is not used; enter the key for {portal} to use one.</source>
        <translation>De opgeslagen sleutel is opgeslagen voor {saved}, niet voor {portal}, en wordt dus niet gebruikt; voer de sleutel voor {portal} in om er een te gebruiken.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/download.py" line="27"/>
        <source>The {what} time “{value}” is not a date and time.</source>
        <translation>De {what}tijd “{value}” is geen datum en tijd.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/download.py" line="47"/>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <location filename="../core/timeseries/download.py" line="47"/>
        <source>end</source>
        <translation>eind</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="81"/>
        <source>The end time is before the start time.</source>
        <translation>De eindtijd ligt vóór de begintijd.</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="111"/>
        <source>location</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="21"/>
        <source>Timeseries</source>
        <translation>Tijdreeksen</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="67"/>
        <source>Download timeseries</source>
        <translation>Tijdreeksen downloaden</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="85"/>
        <source>Timeseries UUIDs (comma-separated)</source>
        <translation>UUID’s van tijdreeksen (gescheiden door komma’s)</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="87"/>
        <source>Locations (a layer with a uuid field)</source>
        <translation>Locaties (een laag met een veld uuid)</translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="60"/>
        <source>Observation type code</source>
        <translation>Code van het observatietype</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="30"/>
        <source>Start (UTC)</source>
        <translation>Begin (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="30"/>
        <source>End (UTC)</source>
        <translation>Eind (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="94"/>
        <source>Events</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="96"/>
        <source>Number of events</source>
        <translation>Aantal waarden</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="104"/>
        <source>The locations layer has no field uuid.</source>
        <translation>De laag met locaties heeft geen veld uuid.</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="135"/>
        <source>Give timeseries UUIDs or a locations layer.</source>
        <translation>Geef UUID’s van tijdreeksen of een laag met locaties.</translation>
    </message>
    <message>
        <location filename="../processing/download_timeseries.py" line="146"/>
        <source>No timeseries match; the table is empty.</source>
        <translation>Geen tijdreeks voldoet; de tabel is leeg.</translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="85"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/download_timeseries.py" line="179"/>
        <source>%n event(s) written.</source>
        <translation>
            <numerusform>%n waarde geschreven.</numerusform>
            <numerusform>%n waarden geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="38"/>
        <source>Search locations</source>
        <translation>Locaties zoeken</translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="41"/>
        <source>Finds Lizard monitoring locations and writes one point per location in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only public locations are found.

EXTENT: only locations within this area.
NAME: only locations whose name starts with this text.
ORGANISATION: the organisation&apos;s UUID, or part of its name.
OBSERVATION_TYPE: only locations with a timeseries of this observation type code (e.g. GWS_NAP).

OUTPUT: the locations with the fields uuid, code, name, organisation, object_type and timeseries_count. A location without a geometry is written without a point. Nothing is written when the search fails or is cancelled.</source>
        <translation>Zoekt meetlocaties in Lizard en schrijft één punt per locatie in WGS84 (EPSG:4326). Het gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die gezet zijn; zonder sleutel worden alleen openbare locaties gevonden.

EXTENT: alleen locaties binnen dit gebied.
NAME: alleen locaties waarvan de naam met deze tekst begint.
ORGANISATION: de UUID van de organisatie, of een deel van haar naam.
OBSERVATION_TYPE: alleen locaties met een tijdreeks met deze code van het observatietype (bijvoorbeeld GWS_NAP).

OUTPUT: de locaties met de velden uuid, code, name, organisation, object_type en timeseries_count. Een locatie zonder geometrie wordt zonder punt geschreven. Er wordt niets geschreven als het zoeken mislukt of wordt geannuleerd.</translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="56"/>
        <source>Within extent</source>
        <translation>Binnen het gebied</translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="57"/>
        <source>Name starts with</source>
        <translation>Naam begint met</translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="58"/>
        <source>Organisation (UUID or part of the name)</source>
        <translation>Organisatie (UUID of een deel van de naam)</translation>
    </message>
    <message>
        <location filename="../processing/search_locations.py" line="62"/>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="246"/>
        <source>%n location(s) found.</source>
        <translation>
            <numerusform>%n locatie gevonden.</numerusform>
            <numerusform>%n locaties gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="44"/>
        <source>Lizard answered a time that is not one: {value}</source>
        <translation>Lizard gaf een tijd die geen tijd is: {value}</translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="54"/>
        <source>Lizard answered a value that is not a number: {value}</source>
        <translation>Lizard gaf een waarde die geen getal is: {value}</translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="75"/>
        <source>Lizard answered values in an unexpected form.</source>
        <translation>Lizard gaf waarden in een onverwachte vorm.</translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="169"/>
        <source>No raster is called “{name}”; give its UUID.</source>
        <translation>Geen raster heet “{name}”; geef de UUID.</translation>
    </message>
    <message>
        <location filename="../core/rasters/values.py" line="169"/>
        <source>Several rasters are called “{name}”; give the UUID.</source>
        <translation>Meerdere rasters heten “{name}”; geef de UUID.</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="44"/>
        <source>Raster layer (UUID or exact name)</source>
        <translation>Rasterlaag (UUID of exacte naam)</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="46"/>
        <source>Start (UTC, temporal rasters)</source>
        <translation>Begin (UTC, tijdsafhankelijke rasters)</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="48"/>
        <source>End (UTC, temporal rasters)</source>
        <translation>Einde (UTC, tijdsafhankelijke rasters)</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="72"/>
        <source>The input layer could not be read.</source>
        <translation>De invoerlaag kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="81"/>
        <source>The feature has no geometry.</source>
        <translation>Het object heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="87"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="91"/>
        <source>Feature {id}: {error}</source>
        <translation>Object {id}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/raster_values.py" line="93"/>
        <source>%n feature(s) failed; the others were written.</source>
        <translation>
            <numerusform>%n object is mislukt; de andere zijn geschreven.</numerusform>
            <numerusform>%n objecten zijn mislukt; de andere zijn geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="106"/>
        <source>Raster values at points</source>
        <translation>Rasterwaarden op punten</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="109"/>
        <source>The value of a Lizard raster at each point of a layer (any CRS).

RASTER: the raster layer&apos;s UUID or exact name.
START, END: for a temporal raster, the period (UTC): one row per point per time step.

OUTPUT: the points with a value field (empty where the raster has no value), or for a period the long table: the input&apos;s fields, time (UTC) and value. VALUES: the number of values. A point that fails is reported and counted; the rest go on.</source>
        <translation>De waarde van een Lizard-raster op elk punt van een laag (elk CRS).

RASTER: de UUID of exacte naam van de rasterlaag.
START, END: voor een tijdsafhankelijk raster de periode (UTC): één rij per punt per tijdstap.

OUTPUT: de punten met een veld value (leeg waar het raster geen waarde heeft), of voor een periode de lange tabel: de velden van de invoer, time (UTC) en value. VALUES: het aantal waarden. Een punt dat mislukt wordt gemeld en geteld; de rest gaat door.</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="119"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="120"/>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="121"/>
        <source>Number of values</source>
        <translation>Aantal waarden</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="206"/>
        <source>Number of failed features</source>
        <translation>Aantal mislukte objecten</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="203"/>
        <source>Zonal statistics</source>
        <translation>Zonale statistieken</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="193"/>
        <source>Polygons</source>
        <translation>Polygonen</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="194"/>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="197"/>
        <source>Pixel size (metres)</source>
        <translation>Pixelgrootte (meter)</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="200"/>
        <source>Statistic over time</source>
        <translation>Statistiek over de tijd</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="202"/>
        <source>Field name prefix</source>
        <translation>Voorvoegsel van veldnamen</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="205"/>
        <source>Number of features</source>
        <translation>Aantal objecten</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="211"/>
        <source>Choose at least one statistic.</source>
        <translation>Kies minstens één statistiek.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="364"/>
        <source>The server sent another part of the file than was asked for.</source>
        <translation>De server stuurde een ander deel van het bestand dan gevraagd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/rasters/scenario_download.py" line="103"/>
        <source>%n result(s) could not be downloaded: {list}</source>
        <translation>
            <numerusform>%n resultaat kon niet gedownload worden: {list}</numerusform>
            <numerusform>%n resultaten konden niet gedownload worden: {list}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="140"/>
        <source>Downloading {name} ({n} of {count})…</source>
        <translation>{name} wordt gedownload ({n} van {count})…</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="215"/>
        <source>Lizard gives no file for the result {code}.</source>
        <translation>Lizard geeft geen bestand voor het resultaat {code}.</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="24"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="24"/>
        <source>temporal raster</source>
        <translation>temporeel raster</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="24"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="117"/>
        <source>The scenario has no result {codes}; it has: {known}.</source>
        <translation>Het scenario heeft geen resultaat {codes}; het heeft: {known}.</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_results.py" line="117"/>
        <source>no results</source>
        <translation>geen resultaten</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="195"/>
        <source>No scenario was given; give its UUID or its exact name.</source>
        <translation>Er is geen scenario opgegeven; geef de UUID of de precieze naam.</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="201"/>
        <source>Lizard has no scenario {uuid}, or your key may not read it.</source>
        <translation>Lizard heeft geen scenario {uuid}, of uw sleutel mag het niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="209"/>
        <source>Lizard has no scenario named “{name}” that your key may read.</source>
        <translation>Lizard heeft geen scenario met de naam “{name}” dat uw sleutel mag lezen.</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenarios.py" line="212"/>
        <source>{count} scenarios are named “{name}”; give the UUID of the one you mean.</source>
        <translation>{count} scenario’s heten “{name}”; geef de UUID van het scenario dat u bedoelt.</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="93"/>
        <source>Scenarios</source>
        <translation>Scenario’s</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="56"/>
        <source>Download scenario</source>
        <translation>Scenario downloaden</translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="52"/>
        <source>Scenario (UUID or exact name)</source>
        <translation>Scenario (UUID of precieze naam)</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="90"/>
        <source>Result codes, comma-separated (empty: every non-temporal raster)</source>
        <translation>Resultaatcodes, gescheiden door komma’s (leeg: elk niet-temporeel raster)</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="92"/>
        <source>Also the raw files</source>
        <translation>Ook de ruwe bestanden</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="96"/>
        <source>CRS (default: the scenario&apos;s)</source>
        <translation>CRS (standaard: die van het scenario)</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="97"/>
        <source>Pixel size (default: the scenario&apos;s)</source>
        <translation>Pixelgrootte (standaard: die van het scenario)</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="100"/>
        <source>Time steps of temporal results (UTC, comma-separated, or all)</source>
        <translation>Tijdstappen van temporele resultaten (UTC, gescheiden door komma’s, of all)</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="120"/>
        <source>{code}: {error}</source>
        <translation>{code}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="132"/>
        <source>The scenario “{name}” has no results in Lizard.</source>
        <translation>Het scenario “{name}” heeft geen resultaten in Lizard.</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="141"/>
        <source>The scenario “{name}” has no raster results that are not temporal; name the results to download, or ask for the raw files.</source>
        <translation>Het scenario “{name}” heeft geen rasterresultaten die niet temporeel zijn; noem de resultaten om te downloaden, of vraag om de ruwe bestanden.</translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="34"/>
        <source>Load scenario results as WMS layers</source>
        <translation>Scenarioresultaten als WMS-lagen laden</translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="37"/>
        <source>Adds the raster results of a 3Di scenario stored in Lizard to the project as WMS layers, in a layer group named after the scenario, each layer named after its result and styled as in Lizard. Temporal results become WMS-T layers that follow the Temporal Controller. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set. A key saved in the Lizard settings reaches the layers as a QGIS authentication configuration (authcfg), never as text in the layer source or the project file.

SCENARIO: the scenario&apos;s UUID or its exact name.
RESULTS: result codes, separated by commas (for example depth-max-dtri, depth-dtri). Empty: every raster result. Raw files cannot be shown as layers.

URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, where no layers are added, use these to open the layers elsewhere.</source>
        <translation>Voegt de rasterresultaten van een 3Di-scenario dat in Lizard is opgeslagen als WMS-lagen aan het project toe, in een lagengroep genoemd naar het scenario, elke laag genoemd naar zijn resultaat en gestijld zoals in Lizard. Temporele resultaten worden WMS-T-lagen die de Temporal Controller volgen. Het gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die gezet zijn. Een sleutel die in de Lizard-instellingen is opgeslagen bereikt de lagen als QGIS-authenticatieconfiguratie (authcfg), nooit als tekst in de laagbron of het projectbestand.

SCENARIO: de UUID van het scenario of zijn precieze naam.
RESULTS: resultaatcodes, gescheiden door komma’s (bijvoorbeeld depth-max-dtri, depth-dtri). Leeg: elk rasterresultaat. Ruwe bestanden kunnen niet als laag getoond worden.

URIS: de WMS-gegevensbron van elke laag, één per regel (zonder sleutel); met qgis_process, waar geen lagen worden toegevoegd, gebruik deze om de lagen elders te openen.</translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="53"/>
        <source>Result codes, comma-separated (empty: every raster result)</source>
        <translation>Resultaatcodes, gescheiden door komma’s (leeg: elk rasterresultaat)</translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="71"/>
        <source>The scenario “{name}” has no raster results to show.</source>
        <translation>Het scenario “{name}” heeft geen rasterresultaten om te tonen.</translation>
    </message>
    <message>
        <location filename="../processing/load_scenario_wms.py" line="80"/>
        <source>No result of the scenario could become a layer.</source>
        <translation>Geen enkel resultaat van het scenario kon een laag worden.</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="64"/>
        <source>Search scenarios</source>
        <translation>Scenario’s zoeken</translation>
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
        <translation>Zoekt 3Di-scenario’s die in Lizard zijn opgeslagen en schrijft één polygoon per scenario: de omtrek van zijn grid, in WGS84 (EPSG:4326). Nieuwste eerst. Het gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die gezet zijn; zonder sleutel worden alleen openbare scenario’s gevonden.

NAME: alleen scenario’s waarvan de naam deze tekst bevat (hoofdletters maken niet uit); als geen naam hem bevat, wordt in de modelnamen gezocht. Een UUID vindt dat ene scenario.
MODEL: alleen scenario’s waarvan de modelnaam deze tekst bevat.
ORGANISATION: alleen scenario’s van organisaties waarvan de naam deze tekst bevat (of de UUID van de organisatie).
PROJECT: alleen scenario’s van projecten waarvan de naam deze tekst bevat (of de UUID van het project).
EXTENT: alleen scenario’s waarvan het grid dit gebied snijdt, vergeleken in de eigen projectie van elk scenario. Lizard kan niet op gebied filteren, dus elk scenario dat aan de andere filters voldoet wordt opgehaald en hier gecontroleerd.

OUTPUT: de scenario’s, met de velden uuid, name, model_name, model_revision, organisation, supplier (een gebruikersnaam), simulation_start en simulation_end (tekst, ISO 8601 in UTC zoals Lizard ze geeft), total_size (bytes) en has_raw_results (true/false).</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="87"/>
        <source>Name contains (or UUID)</source>
        <translation>Naam bevat (of UUID)</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="88"/>
        <source>Model name contains</source>
        <translation>Modelnaam bevat</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="91"/>
        <source>Project name contains</source>
        <translation>Projectnaam bevat</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="116"/>
        <source>No scenario name contains “{text}”: these are the scenarios whose model name does.</source>
        <translation>Geen scenarionaam bevat “{text}”: dit zijn de scenario’s waarvan de modelnaam het bevat.</translation>
    </message>
    <message>
        <location filename="../processing/search_scenarios.py" line="118"/>
        <source>{matched} of {scanned} scenarios matched.</source>
        <translation>{matched} van {scanned} scenario’s voldeden.</translation>
    </message>
    <message>
        <location filename="../processing/download_scenario.py" line="138"/>
        <source>The scenario “{name}” has no raw files in Lizard.</source>
        <translation>Het scenario “{name}” heeft geen ruwe bestanden in Lizard.</translation>
    </message>
    <message>
        <location filename="../core/rasters/scenario_download.py" line="129"/>
        <source>The folder {folder} cannot be written.</source>
        <translation>In de map {folder} kan niet geschreven worden.</translation>
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
        <translation>Downloadt de resultaten van een 3Di-scenario dat in Lizard is opgeslagen naar de map OUTPUT/&lt;scenarionaam&gt;: elk rasterresultaat als één GeoTIFF genoemd naar zijn code (depth-max-dtri.tif), elke gekozen tijdstap van een temporeel resultaat als eigen GeoTIFF (depth-dtri_20230102T003000Z.tif, in UTC), en de ruwe bestanden met hun eigen namen, naast scenario.json (wat Lizard over het scenario zegt). Een ander scenario met dezelfde naam krijgt de map &lt;scenarionaam&gt;_&lt;eerste 8 tekens van zijn UUID&gt;. Rasters worden in tegels opgehaald (nooit meer dan 100 miljoen pixels per verzoek) en samengevoegd; ruwe bestanden worden gestreamd en, als de verbinding wegvalt, voortgezet waar ze stopten. Het gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die gezet zijn; de sleutel gaat alleen naar het portaal, nooit naar een opslagserver waar een bestand vandaan komt.

SCENARIO: de UUID van het scenario of zijn precieze naam.
RESULTS: resultaatcodes, gescheiden door komma’s (bijvoorbeeld depth-max-dtri, depth-dtri). Leeg: elk rasterresultaat dat niet temporeel is.
RAW: download ook de ruwe bestanden (3Di-resultaten, gridadministratie, logs).
EXTENT: het gebied. Zonder extent en maskerlaag het hele grid van het scenario.
MASK_LAYER: polygonen (met &quot;alleen geselecteerde objecten&quot; de geselecteerde): de rasters worden bijgesneden tot hun vereniging (pixels erbuiten zijn NODATA).
CRS: het CRS van de GeoTIFFs; het heeft een EPSG-code nodig. Standaard: dat van het scenario.
PIXEL_SIZE: in de eenheden van het CRS. Standaard: die van het scenario.
TIME: voor temporele resultaten UTC-tijden gescheiden door komma’s (elke tijd geeft de dichtstbijzijnde tijdstap), of all voor elke stap. Standaard: de laatste stap.
OUTPUT: de map.
Een resultaat dat mislukt houdt de andere niet tegen; de mislukte worden aan het eind genoemd. Bestanden die er al zijn worden overgeslagen, dus opnieuw draaien na een annulering haalt alleen op wat ontbreekt. Een annulering laat geen half bestand achter.

FILES: de paden van de bestanden, één per regel.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="52"/>
        <source>Timeseries can be written to a .csv or a .gpkg file, not to “{name}”.</source>
        <translation>Tijdreeksen kunnen naar een .csv- of een .gpkg-bestand worden geschreven, niet naar “{name}”.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="126"/>
        <source>{path} exists and is not a GeoPackage; choose another file.</source>
        <translation>{path} bestaat al en is geen GeoPackage; kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/export.py" line="139"/>
        <source>Could not write {path}.</source>
        <translation>Kon {path} niet schrijven.</translation>
    </message>
    <message>
        <location filename="../processing/staged.py" line="100"/>
        <source>The folder of {path} does not exist.</source>
        <translation>De map van {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../core/timeseries/fetch.py" line="82"/>
        <source>“{preset}” is not a period; choose day, week, month, year or all.</source>
        <translation>“{preset}” is geen periode; kies dag (day), week, maand (month), jaar (year) of alles (all).</translation>
    </message>
    <message>
        <location filename="../core/timeseries/fetch.py" line="188"/>
        <source>Lizard answered aggregates without a time.</source>
        <translation>Lizard gaf geaggregeerde waarden zonder tijd.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="105"/>
        <source>Lizard value at point</source>
        <translation>Lizard-waarde op punt</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>minute</source>
        <translation>minuut</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="47"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="48"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="48"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="57"/>
        <source>aggregates per {window}: mean with min–max band</source>
        <translation>aggregaten per {window}: gemiddelde met min–max-band</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="57"/>
        <source>aggregates: mean with min–max band</source>
        <translation>aggregaten: gemiddelde met min–max-band</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="60"/>
        <source>raw events</source>
        <translation>ruwe waarden</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="154"/>
        <source>The plot needs matplotlib, which this QGIS installation lacks; install the python3-matplotlib package (or matplotlib) to see it.</source>
        <translation>De grafiek heeft matplotlib nodig, dat deze QGIS-installatie mist; installeer het pakket python3-matplotlib (of matplotlib) om hem te zien.</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="177"/>
        <source>No series to show.</source>
        <translation>Geen reeksen om te tonen.</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="200"/>
        <source>No data in this period.</source>
        <translation>Geen gegevens in deze periode.</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="222"/>
        <source>flagged</source>
        <translation>met vlag</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="228"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="273"/>
        <source>A plot can be saved as .png or .svg, not as “{suffix}”.</source>
        <translation>Een grafiek kan worden opgeslagen als .png of .svg, niet als “{suffix}”.</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="276"/>
        <source>There is no plot to save.</source>
        <translation>Er is geen grafiek om op te slaan.</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="284"/>
        <source>The plot could not be saved as {path}: {error}</source>
        <translation>De grafiek kon niet worden opgeslagen als {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="361"/>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="440"/>
        <source>{name}: no value</source>
        <translation>{name}: geen waarde</translation>
    </message>
    <message>
        <location filename="../ui/plot.py" line="449"/>
        <source>{value}, flagged</source>
        <translation>{value}, met vlag</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="50"/>
        <source>Series</source>
        <translation>Reeksen</translation>
    </message>
    <message>
        <location filename="../ui/qt.py" line="82"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="247"/>
        <source>Lizard timeseries</source>
        <translation>Lizard-tijdreeksen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="138"/>
        <source>Name or code starts with…</source>
        <translation>Naam of code begint met…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="138"/>
        <source>Locations whose name or code starts with this text (Lizard is asked both)</source>
        <translation>Locaties waarvan de naam of de code met deze tekst begint (Lizard wordt naar beide gevraagd)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="141"/>
        <source>Code, e.g. WNS1400</source>
        <translation>Code, bijv. WNS1400</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="141"/>
        <source>Only locations with a timeseries of this observation type</source>
        <translation>Alleen locaties met een tijdreeks van dit observatietype</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="143"/>
        <source>Has data between</source>
        <translation>Heeft gegevens tussen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="152"/>
        <source>Name or code</source>
        <translation>Naam of code</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="159"/>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="166"/>
        <source>Selected polygons</source>
        <translation>Geselecteerde polygonen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="176"/>
        <source>Find at most this many locations (All: every location that matches)</source>
        <translation>Vind hoogstens zoveel locaties (Alle: elke locatie die voldoet)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="177"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="177"/>
        <source>Find the Lizard locations in the area</source>
        <translation>Vind de Lizard-locaties in het gebied</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="179"/>
        <source>Stop searching; the locations found stay</source>
        <translation>Stop met zoeken; de gevonden locaties blijven</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="185"/>
        <source>Pick a Lizard location</source>
        <translation>Kies een Lizard-locatie</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="185"/>
        <source>Click a location on the map to list its timeseries</source>
        <translation>Klik op een locatie op de kaart om haar tijdreeksen te zien</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="129"/>
        <source>Pick a location on the map or in the table to see its series.</source>
        <translation>Kies een locatie op de kaart of in de tabel om haar reeksen te zien.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last 30 days of data</source>
        <translation>Laatste 30 dagen met gegevens</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last week</source>
        <translation>Laatste week</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Last year</source>
        <translation>Laatste jaar</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>All data</source>
        <translation>Alle gegevens</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="193"/>
        <source>Custom (UTC)</source>
        <translation>Eigen periode (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="197"/>
        <source>Counted back from the last data of the selected series</source>
        <translation>Teruggeteld vanaf de laatste gegevens van de geselecteerde reeksen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="205"/>
        <source>Stop loading or exporting</source>
        <translation>Stop met laden of exporteren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="208"/>
        <source>Export events…</source>
        <translation>Events exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="208"/>
        <source>Write the raw events of the plotted series to CSV or a GeoPackage table</source>
        <translation>Schrijf de ruwe events van de geplotte reeksen naar CSV of een GeoPackage-tabel</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="136"/>
        <source>Save plot…</source>
        <translation>Grafiek opslaan…</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="138"/>
        <source>Save the plot as PNG or SVG</source>
        <translation>De grafiek opslaan als PNG of SVG</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="220"/>
        <source>Find locations</source>
        <translation>Locaties zoeken</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="230"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="37"/>
        <source>all data</source>
        <translation>alle gegevens</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="38"/>
        <source>{start} to {end} (UTC)</source>
        <translation>{start} tot {end} (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="100"/>
        <source>Select one or more series to plot them.</source>
        <translation>Selecteer een of meer reeksen om ze te plotten.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="122"/>
        <source>Loading Lizard timeseries</source>
        <translation>Lizard-tijdreeksen laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="128"/>
        <source>Loading %n series…</source>
        <translation>
            <numerusform>%n reeks laden…</numerusform>
            <numerusform>%n reeksen laden…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="145"/>
        <source>No data in this period ({period}).</source>
        <translation>Geen gegevens in deze periode ({period}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="147"/>
        <source>%n series, {period}: {kinds}.</source>
        <translation>
            <numerusform>%n reeks, {period}: {kinds}.</numerusform>
            <numerusform>%n reeksen, {period}: {kinds}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="149"/>
        <source>%n series could not be read.</source>
        <translation>
            <numerusform>%n reeks kon niet worden gelezen.</numerusform>
            <numerusform>%n reeksen konden niet worden gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="158"/>
        <source>Loading stopped.</source>
        <translation>Laden gestopt.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="161"/>
        <source>Loading the series failed.</source>
        <translation>Het laden van de reeksen is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="193"/>
        <source>Select one or more series to export their events.</source>
        <translation>Selecteer een of meer reeksen om hun events te exporteren.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="207"/>
        <source>Export events</source>
        <translation>Events exporteren</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="389"/>
        <source>CSV (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>CSV (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="228"/>
        <source>Exporting Lizard timeseries events</source>
        <translation>Events van Lizard-tijdreeksen exporteren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="232"/>
        <source>Exporting events to {path}…</source>
        <translation>Events exporteren naar {path}…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="240"/>
        <source>Export stopped; nothing was written.</source>
        <translation>Export gestopt; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="242"/>
        <source>The export failed.</source>
        <translation>De export is mislukt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_plot.py" line="245"/>
        <source>%n event(s) written to {path}.</source>
        <translation>
            <numerusform>%n event naar {path} geschreven.</numerusform>
            <numerusform>%n events naar {path} geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="395"/>
        <source>Save plot</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="253"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_plot.py" line="265"/>
        <source>The plot was saved as {path}.</source>
        <translation>De plot is opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="89"/>
        <source>Searching failed.</source>
        <translation>Zoeken is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="127"/>
        <source>Searching Lizard locations</source>
        <translation>Lizard-locaties zoeken</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="148"/>
        <source>Lizard locations</source>
        <translation>Lizard-locaties</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="194"/>
        <source>{found} found, {done} of {total} read</source>
        <translation>{found} gevonden, {done} van {total} gelezen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="196"/>
        <source>Searching… {progress}</source>
        <translation>Zoeken… {progress}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="241"/>
        <source>Stopped: %n location(s) found.</source>
        <translation>
            <numerusform>Gestopt: %n locatie gevonden.</numerusform>
            <numerusform>Gestopt: %n locaties gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="243"/>
        <source>Searching stopped by an error: %n location(s) found.</source>
        <translation>
            <numerusform>Zoeken gestopt door een fout: %n locatie gevonden.</numerusform>
            <numerusform>Zoeken gestopt door een fout: %n locaties gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="248"/>
        <source>The maximum was reached; there may be more.</source>
        <translation>Het maximum is bereikt; er kunnen er meer zijn.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="275"/>
        <source>The layer was removed; the search stopped.</source>
        <translation>De laag is verwijderd; het zoeken is gestopt.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="29"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="30"/>
        <source>Parameter (unit)</source>
        <translation>Parameter (eenheid)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="31"/>
        <source>Last value</source>
        <translation>Laatste waarde</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="147"/>
        <source>Listing Lizard timeseries</source>
        <translation>Lizard-tijdreeksen opvragen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="150"/>
        <source>Listing the series…</source>
        <translation>De reeksen worden opgevraagd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_series.py" line="157"/>
        <source>%n series.</source>
        <translation>
            <numerusform>%n reeks.</numerusform>
            <numerusform>%n reeksen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="157"/>
        <source>This location has no timeseries.</source>
        <translation>Deze locatie heeft geen tijdreeksen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_series.py" line="159"/>
        <source>The series of %n location(s) could not be read.</source>
        <translation>
            <numerusform>De reeksen van %n locatie konden niet worden gelezen.</numerusform>
            <numerusform>De reeksen van %n locaties konden niet worden gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="169"/>
        <source>Listing the series failed.</source>
        <translation>Het opvragen van de reeksen is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_series.py" line="201"/>
        <source>No Lizard location there; click on a point.</source>
        <translation>Daar is geen Lizard-locatie; klik op een punt.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="121"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="132"/>
        <source>Export values…</source>
        <translation>Waarden exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="134"/>
        <source>Save the values through time as CSV or as a GeoPackage table</source>
        <translation>De waarden door de tijd opslaan als CSV of als GeoPackage-tabel</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="196"/>
        <source>This point has no place in WGS84; click inside the map.</source>
        <translation>Dit punt heeft geen plaats in WGS84; klik binnen de kaart.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="199"/>
        <source>Point {lon:.5f}, {lat:.5f} (WGS84)</source>
        <translation>Punt {lon:.5f}, {lat:.5f} (WGS84)</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="266"/>
        <source>There is no Lizard raster on the map and none selected in the Lizard rasters dock.</source>
        <translation>Er staat geen Lizard-raster op de kaart en er is er geen geselecteerd in het paneel Lizard-rasters.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="205"/>
        <source>Lizard values at a point</source>
        <translation>Lizard-waarden op een punt</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="327"/>
        <source>asking Lizard…</source>
        <translation>Lizard vragen…</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="335"/>
        <source>no value here</source>
        <translation>hier geen waarde</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="337"/>
        <source>{value} at {time} (through time: {count} steps, in the plot)</source>
        <translation>{value} op {time} (door de tijd: {count} stappen, in de grafiek)</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="356"/>
        <source>at {lon:.5f}, {lat:.5f}</source>
        <translation>op {lon:.5f}, {lat:.5f}</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="363"/>
        <source>A temporal raster&apos;s values through time at the point show here.</source>
        <translation>De waarden door de tijd van een tijdsafhankelijk raster op het punt verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="363"/>
        <source>No values in this period.</source>
        <translation>Geen waarden in deze periode.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="381"/>
        <source>There are no values through time to export.</source>
        <translation>Er zijn geen waarden door de tijd om te exporteren.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="389"/>
        <source>Export values</source>
        <translation>Waarden exporteren</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="395"/>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="405"/>
        <source>{path} could not be written: {error}</source>
        <translation>{path} kon niet worden geschreven: {error}</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="43"/>
        <source>Model name</source>
        <translation>Modelnaam</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="55"/>
        <source>Lizard scenarios</source>
        <translation>Lizard-scenario's</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="77"/>
        <source>Part of the scenario&apos;s name (or of its model&apos;s name when no name matches), or a UUID; press Enter to list everything</source>
        <translation>Deel van de naam van het scenario (of van de modelnaam als geen naam past), of een UUID; druk op Enter om alles te tonen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="82"/>
        <source>Part of the model name</source>
        <translation>Deel van de modelnaam</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="83"/>
        <source>Simulated between</source>
        <translation>Gesimuleerd tussen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="85"/>
        <source>Only scenarios whose simulation overlaps this period (UTC)</source>
        <translation>Alleen scenario's waarvan de simulatie deze periode overlapt (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="96"/>
        <source>Only scenarios whose grid lies (partly) in the map extent or in the features selected in the active layer; this follows the map as you pan and select</source>
        <translation>Alleen scenario's waarvan het rooster (deels) in de kaartuitsnede of in de geselecteerde objecten van de actieve laag ligt; dit volgt de kaart terwijl u verschuift en selecteert</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="106"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="50"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="127"/>
        <source>Add the selected raster results (all of them when none is selected) to the map as WMS layers, in a group named after the scenario</source>
        <translation>De geselecteerde rasterresultaten (alle als er geen is geselecteerd) als WMS-lagen aan de kaart toevoegen, in een groep met de naam van het scenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="130"/>
        <source>Download the selected scenarios: raw files and raster results as GeoTIFF files</source>
        <translation>De geselecteerde scenario's downloaden: ruwe bestanden en rasterresultaten als GeoTIFF-bestanden</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="132"/>
        <source>Zoom the map to the selected scenarios&apos; grids</source>
        <translation>De kaart inzoomen op de roosters van de geselecteerde scenario's</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="134"/>
        <source>Copy the UUID of the selected scenarios</source>
        <translation>De UUID van de geselecteerde scenario's kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="137"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="147"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="199"/>
        <source>{status} No name matched: these are the scenarios whose model name matches.</source>
        <translation>{status} Geen naam paste: dit zijn de scenario's waarvan de modelnaam past.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="193"/>
        <source>Reading the results of “{name}”</source>
        <translation>De resultaten van “{name}” lezen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="197"/>
        <source>Loading the results…</source>
        <translation>De resultaten worden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="257"/>
        <source>The results could not be loaded.</source>
        <translation>De resultaten konden niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="260"/>
        <source>This scenario has no results.</source>
        <translation>Dit scenario heeft geen resultaten.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="279"/>
        <source>Choose a raster result: files cannot be shown on the map.</source>
        <translation>Kies een rasterresultaat: bestanden kunnen niet op de kaart worden getoond.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="96"/>
        <source>Download scenarios from Lizard</source>
        <translation>Scenario's downloaden uit Lizard</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scenario_download.py" line="98"/>
        <source>%n scenario(s): {names}</source>
        <translation>
            <numerusform>%n scenario: {names}</numerusform>
            <numerusform>%n scenario's: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="102"/>
        <source>The results to download (of every scenario that has them)</source>
        <translation>De te downloaden resultaten (van elk scenario dat ze heeft)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="103"/>
        <source>Raw files too (results NetCDF, grid administration, logs)</source>
        <translation>Ook de ruwe bestanden (NetCDF met resultaten, roosteradministratie, logboeken)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="105"/>
        <source>The scenario&apos;s whole grid</source>
        <translation>Het hele rooster van het scenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="105"/>
        <source>Selected polygons of the active layer</source>
        <translation>Geselecteerde polygonen van de actieve laag</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="112"/>
        <source>native</source>
        <translation>oorspronkelijk</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="114"/>
        <source>In the units of the CRS; native: the scenario&apos;s own pixel size</source>
        <translation>In de eenheden van het CRS; oorspronkelijk: de eigen pixelgrootte van het scenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="115"/>
        <source>In the scenario&apos;s projection</source>
        <translation>In de projectie van het scenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="123"/>
        <source>The last time step</source>
        <translation>De laatste tijdstap</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="123"/>
        <source>Every time step</source>
        <translation>Elke tijdstap</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="123"/>
        <source>The steps nearest to these times (UTC)</source>
        <translation>De stappen het dichtst bij deze tijden (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="125"/>
        <source>For temporal results: one GeoTIFF per time step</source>
        <translation>Voor tijdsafhankelijke resultaten: één GeoTIFF per tijdstap</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="143"/>
        <source>Time steps</source>
        <translation>Tijdstappen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="149"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="239"/>
        <source>Choose the results to download, or raw files.</source>
        <translation>Kies de te downloaden resultaten, of ruwe bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="248"/>
        <source>Choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Kies een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="259"/>
        <source>Give the UTC times, separated by commas, e.g. 2024-01-01T00:30Z.</source>
        <translation>Geef de UTC-tijden, gescheiden door komma's, bijvoorbeeld 2024-01-01T00:30Z.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="226"/>
        <source>Make a polygon layer active and select polygons in it.</source>
        <translation>Maak een polygoonlaag actief en selecteer er polygonen in.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="323"/>
        <source>Downloading scenarios from Lizard</source>
        <translation>Scenario's downloaden uit Lizard</translation>
    </message>
    <message>
        <location filename="../ui/scenario_download.py" line="384"/>
        <source>Downloaded {count} file(s).</source>
        <translation>{count} bestand(en) gedownload.</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="31"/>
        <source>Model revision</source>
        <translation>Modelrevisie</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="51"/>
        <source>Simulation start</source>
        <translation>Begin simulatie</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="33"/>
        <source>Simulation end</source>
        <translation>Eind simulatie</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="35"/>
        <source>Raw results</source>
        <translation>Ruwe resultaten</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="84"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../ui/scenario_model.py" line="93"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../ui/scenario_dock.py" line="274"/>
        <source>The results of “{name}” are still loading.</source>
        <translation>De resultaten van “{name}” worden nog geladen.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="356"/>
        <source>raster values through time</source>
        <translation>rasterwaarden door de tijd</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_search.py" line="185"/>
        <source>Counting the series of the locations: {done} of {total}</source>
        <translation>Tijdreeksen van de locaties tellen: {done} van {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeseries_search.py" line="208"/>
        <source>%n location(s) found; counting their series…</source>
        <translation>
            <numerusform>%n locatie gevonden; de tijdreeksen ervan worden geteld…</numerusform>
            <numerusform>%n locaties gevonden; hun tijdreeksen worden geteld…</numerusform>
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
        <translation>Downloadt de waarden van Lizard-tijdreeksen naar een tabel. Het gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY.

TIMESERIES: een of meer UUID’s van tijdreeksen, gescheiden door komma’s.
LOCATIONS: of een puntlaag met een veld uuid (bijvoorbeeld de uitvoer van Locaties zoeken): de tijdreeksen van deze locaties.
OBSERVATION_TYPE: met LOCATIONS alleen de tijdreeksen met deze code van het observatietype.
START, END: de periode in UTC, begin en eind inbegrepen (een tijd zonder zone is UTC); leeg betekent alle waarden.

OUTPUT: een tabel met timeseries_uuid, location_code, time (ISO 8601-tekst in UTC), value, flag, validation_code en comment. Als het downloaden mislukt of wordt geannuleerd, wordt er niets geschreven: een bestaand bestand, of een GeoPackage met zijn tabellen, blijft zoals het was.
EVENTS: het aantal geschreven waarden.</translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="70"/>
        <source>This area has no place in the raster&apos;s projection.</source>
        <translation>Dit gebied heeft geen plaats in de projectie van het raster.</translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="190"/>
        <source>This area has no place in WGS84; draw it inside the map.</source>
        <translation>Dit gebied heeft geen plaats in WGS84; teken het binnen de kaart.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="87"/>
        <source>mean {mean} · min {min} · max {max}</source>
        <translation>gemiddeld {mean} · min {min} · max {max}</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="90"/>
        <source>at {time}</source>
        <translation>op {time}</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="115"/>
        <source>Choose “Lizard value at point” and click the map, or drag a rectangle for statistics over it.</source>
        <translation>Kies “Lizard-waarde op punt” en klik op de kaart, of sleep een rechthoek voor statistieken daarover.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="217"/>
        <source>Area {west:.5f}, {south:.5f} to {east:.5f}, {north:.5f} (WGS84): mean, min and max over it</source>
        <translation>Gebied {west:.5f}, {south:.5f} tot {east:.5f}, {north:.5f} (WGS84): gemiddelde, minimum en maximum daarover</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="257"/>
        <source>Lizard statistics over an area</source>
        <translation>Lizard-statistieken over een gebied</translation>
    </message>
    <message>
        <location filename="../ui/value_tool.py" line="168"/>
        <source>Lizard value at point: click the map for every Lizard raster&apos;s value there, or drag a rectangle for their mean, min and max over it</source>
        <translation>Lizard-waarde op punt: klik op de kaart voor de waarde van elk Lizard-raster daar, of sleep een rechthoek voor hun gemiddelde, minimum en maximum daarover</translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="119"/>
        <source>This polygon is too detailed to send to Lizard ({vertices} vertices, even simplified by a quarter of a {size:g} m pixel); give a larger pixel size or simplify the polygon.</source>
        <translation>Deze polygoon is te gedetailleerd om naar Lizard te sturen ({vertices} hoekpunten, ook vereenvoudigd met een kwart van een pixel van {size:g} m); geef een grotere pixelgrootte of vereenvoudig de polygoon.</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="92"/>
        <source>(pixels of {size:g} m in {projection}: coarser than the raster&apos;s own for this area)</source>
        <translation>(pixels van {size:g} m in {projection}: grover dan die van het raster zelf, voor dit gebied)</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="140"/>
        <source>Over selected polygons</source>
        <translation>Over geselecteerde polygonen</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="142"/>
        <source>The mean, min and max of every Lizard raster over the polygons selected in the active layer</source>
        <translation>Het gemiddelde, minimum en maximum van elk Lizard-raster over de polygonen die in de actieve laag zijn geselecteerd</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="237"/>
        <source>The selected polygons have no place in WGS84.</source>
        <translation>De geselecteerde polygonen hebben geen plaats in WGS84.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value_panel.py" line="240"/>
        <source>%n selected polygon(s) of “{layer}”: mean, min and max over them</source>
        <translation>
            <numerusform>%n geselecteerde polygoon van “{layer}”: gemiddelde, minimum en maximum daarover</numerusform>
            <numerusform>%n geselecteerde polygonen van “{layer}”: gemiddelde, minimum en maximum daarover</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin.py" line="25"/>
        <source>&lt;p&gt;Lizard Explorer connects QGIS to the Lizard water and climate data warehouse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard settings…&lt;/b&gt; sets your portal (e.g. https://demo.lizard.net, which shows public data without a key) and your Personal API Key, which is kept in the QGIS authentication database and sent only to that portal over https. Use &lt;b&gt;Test connection&lt;/b&gt; to check both.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Browse and load&lt;/b&gt;: the &lt;b&gt;Lizard rasters&lt;/b&gt; dock finds raster layers and rastersources (by name, organisation, time, map extent or selected features) and adds them to the map as WMS layers; temporal rasters step through the Temporal Controller. The &lt;b&gt;Lizard buildings&lt;/b&gt; dock loads the buildings of an area into a layer or GeoPackage.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Timeseries&lt;/b&gt;: the &lt;b&gt;Lizard timeseries&lt;/b&gt; dock finds monitoring locations (in the map extent, selected polygons or a drawn shape; by name or code, organisation, observation type and period) and puts them on the map; pick a location to list its series, select series to plot them (the last 30 days of data, or a day, week, month, year, all or your own period; the plot follows the Temporal Controller), and export their events to CSV or GeoPackage or the plot as PNG or SVG.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3Di scenarios&lt;/b&gt;: the &lt;b&gt;Lizard scenarios&lt;/b&gt; dock finds scenarios (by name or model name, UUID, organisation, project, supplier, simulation period, map extent or selected features), shows their grid on the map and their results by family, adds raster results as WMS layers in a group named after the scenario, and downloads raw files and results as GeoTIFF files.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Raster values&lt;/b&gt;: choose &lt;b&gt;Lizard value at point&lt;/b&gt; and click the map for the value and unit of every Lizard raster layer on the map (and of the raster selected in the rasters dock) at that point, or drag a rectangle (or choose Over selected polygons) for their mean, min and max over it; a temporal raster's values through time at a point are plotted (the Temporal Controller's range, else its last 30 time steps) and can be exported to CSV or GeoPackage, the plot as PNG or SVG.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Download&lt;/b&gt;: &lt;b&gt;Download…&lt;/b&gt; in the rasters dock (or on a Lizard layer's context menu) saves a raster as GeoTIFF for the map extent, selected polygons or a drawn shape, per time step if you like.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export and upload&lt;/b&gt; (Web → Lizard, and a layer's context menu): export a vector layer as a Lizard asset bundle or a raster as a Lizard-ready GeoTIFF, upload rasters into a rastersource and follow Lizard's processing, and upload timeseries values from any table.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Lizard&lt;/b&gt; group in the Processing toolbox has the same tools for models and qgis_process (set LIZARD_URL and LIZARD_API_KEY there). The README in the plugin's folder describes every tool.&lt;/p&gt;&lt;p&gt;Messages and details of any problem are in the log panel, tab &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizard Explorer verbindt QGIS met het Lizard-datawarehouse voor water en klimaat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard-instellingen…&lt;/b&gt; stelt uw portaal in (bijv. https://demo.lizard.net, dat openbare gegevens zonder sleutel toont) en uw persoonlijke API-sleutel, die in de QGIS-authenticatiedatabase wordt bewaard en alleen via https naar dat portaal wordt gestuurd. Met &lt;b&gt;Verbinding testen&lt;/b&gt; controleert u beide.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bladeren en laden&lt;/b&gt;: het paneel &lt;b&gt;Lizard-rasters&lt;/b&gt; vindt rasterlagen en rasterbronnen (op naam, organisatie, tijd, kaartbereik of geselecteerde objecten) en voegt ze als WMS-lagen aan de kaart toe; temporele rasters doorloopt u met de Temporal Controller. Het paneel &lt;b&gt;Lizard-gebouwen&lt;/b&gt; laadt de gebouwen van een gebied in een laag of GeoPackage.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tijdreeksen&lt;/b&gt;: het paneel &lt;b&gt;Lizard-tijdreeksen&lt;/b&gt; vindt meetlocaties (in het kaartbereik, geselecteerde polygonen of een getekende vorm; op naam of code, organisatie, observatietype en periode) en zet ze op de kaart; kies een locatie om haar reeksen te zien, selecteer reeksen om ze te plotten (de laatste 30 dagen met gegevens, of een dag, week, maand, jaar, alles of uw eigen periode; de plot volgt de Temporal Controller), en exporteer hun events naar CSV of GeoPackage of de plot als PNG of SVG.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3Di-scenario's&lt;/b&gt;: het paneel &lt;b&gt;Lizard-scenario's&lt;/b&gt; vindt scenario's (op naam of modelnaam, UUID, organisatie, project, leverancier, simulatieperiode, kaartuitsnede of geselecteerde objecten), toont hun rooster op de kaart en hun resultaten per familie, voegt rasterresultaten als WMS-lagen toe in een groep met de naam van het scenario, en downloadt ruwe bestanden en resultaten als GeoTIFF-bestanden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rasterwaarden&lt;/b&gt;: kies &lt;b&gt;Lizard-waarde op punt&lt;/b&gt; en klik op de kaart voor de waarde en eenheid van elke Lizard-rasterlaag op de kaart (en van het raster dat in het rasterpaneel is geselecteerd) op dat punt, of sleep een rechthoek (of kies Over geselecteerde polygonen) voor hun gemiddelde, minimum en maximum daarover; de waarden door de tijd van een temporeel raster op een punt worden geplot (het bereik van de Temporal Controller, anders de laatste 30 tijdstappen) en zijn te exporteren naar CSV of GeoPackage, de plot als PNG of SVG.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Downloaden&lt;/b&gt;: &lt;b&gt;Downloaden…&lt;/b&gt; in het rasterpaneel (of in het contextmenu van een Lizard-laag) slaat een raster op als GeoTIFF voor het kaartbereik, geselecteerde polygonen of een getekende vorm, desgewenst per tijdstap.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exporteren en uploaden&lt;/b&gt; (Web → Lizard, en het contextmenu van een laag): exporteer een vectorlaag als Lizard asset bundle of een raster als Lizard-klare GeoTIFF, upload rasters naar een rasterbron en volg de verwerking door Lizard, en upload tijdreekswaarden uit elke tabel.&lt;/p&gt;&lt;p&gt;De groep &lt;b&gt;Lizard&lt;/b&gt; in de Processing-toolbox heeft dezelfde gereedschappen voor modellen en qgis_process (stel daar LIZARD_URL en LIZARD_API_KEY in). De README in de map van de plugin beschrijft elk gereedschap.&lt;/p&gt;&lt;p&gt;Berichten en details van elk probleem staan in het logpaneel, tab &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../core/rasters/zonal.py" line="168"/>
        <source>{name} (mean over the area)</source>
        <translation>{name} (gemiddelde over het gebied)</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="333"/>
        <source>(the mean through time in the plot)</source>
        <translation>(het gemiddelde door de tijd in de grafiek)</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="354"/>
        <source>means over the area</source>
        <translation>gemiddelden over het gebied</translation>
    </message>
    <message>
        <location filename="../ui/value_panel.py" line="360"/>
        <source>A temporal raster&apos;s mean over the area through time shows here.</source>
        <translation>Het gemiddelde van een temporeel raster over het gebied door de tijd verschijnt hier.</translation>
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
        <translation>Statistieken van een Lizard-raster over elke polygoon van een laag (elk CRS), berekend door Lizard.

RASTER: de UUID of exacte naam van de rasterlaag.
STATISTICS: een of meer van mean, min, max, sum, count, median, p10, p90.
PIXEL_SIZE: optioneel, in meters (anders die van Lizard: de eigen pixels van het raster, of grovere voor een polygoon die daarvoor te groot of te gedetailleerd is, gemeld in het logboek).
START, END, TEMPORAL_STATISTIC: voor een tijdsafhankelijk raster de periode (UTC) en hoe de tijdstappen worden gecombineerd.
PREFIX: het begin van de namen van de nieuwe velden.

OUTPUT: de polygonen met één veld per statistiek (leeg waar er geen waarde is). FEATURES: het aantal geschreven polygonen. Een polygoon die mislukt wordt gemeld en geteld; de rest gaat door.</translation>
    </message>
    <message>
        <location filename="../processing/raster_values.py" line="258"/>
        <source>Feature {id}: too large or too detailed for the raster&apos;s own pixels; its statistics are on pixels of {size:g} m in {projection}.</source>
        <translation>Object {id}: te groot of te gedetailleerd voor de eigen pixels van het raster; de statistieken ervan zijn op pixels van {size:g} m in {projection}.</translation>
    </message>
</context>
</TS>
