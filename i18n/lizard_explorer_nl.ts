<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="215" />
        <source>Lizard</source>
        <translation>Lizard</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="73" />
        <source>Lizard settings…</source>
        <translation>Lizard-instellingen…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74" />
        <source>Lizard help</source>
        <translation>Lizard-hulp</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="27" />
        <source>Lizard Explorer {version}</source>
        <translation>Lizard Explorer {version}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="154" />
        <source>&lt;p&gt;Lizard Explorer connects QGIS to the Lizard water and climate data warehouse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard settings…&lt;/b&gt; sets your portal (e.g. https://demo.lizard.net, which shows public data without a key) and your Personal API Key, which is kept in the QGIS authentication database. Use &lt;b&gt;Test connection&lt;/b&gt; to check both.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Lizard rasters&lt;/b&gt; and &lt;b&gt;Lizard buildings&lt;/b&gt; docks browse Lizard; the &lt;b&gt;Lizard&lt;/b&gt; group in the Processing toolbox has the same tools for models and qgis_process (set LIZARD_URL and LIZARD_API_KEY there).&lt;/p&gt;&lt;p&gt;Messages and details of any problem are in the log panel, tab &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizard Explorer verbindt QGIS met het water- en klimaatdatawarehouse Lizard.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard-instellingen…&lt;/b&gt; stelt uw portaal in (bijvoorbeeld https://demo.lizard.net, dat zonder sleutel openbare data toont) en uw persoonlijke API-sleutel, die in de authenticatiedatabase van QGIS wordt bewaard. Met &lt;b&gt;Verbinding testen&lt;/b&gt; controleert u beide.&lt;/p&gt;&lt;p&gt;De panelen &lt;b&gt;Lizard-rasters&lt;/b&gt; en &lt;b&gt;Lizard-gebouwen&lt;/b&gt; doorzoeken Lizard; de groep &lt;b&gt;Lizard&lt;/b&gt; in de Processing-toolbox heeft dezelfde gereedschappen voor modellen en qgis_process (stel daar LIZARD_URL en LIZARD_API_KEY in).&lt;/p&gt;&lt;p&gt;Meldingen en details van problemen staan in het logpaneel, tabblad &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="79" />
        <source>No Lizard portal address is set.</source>
        <translation>Er is geen adres van een Lizard-portaal ingesteld.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="85" />
        <source>“{url}” is not a Lizard portal address; use e.g. https://demo.lizard.net.</source>
        <translation>“{url}” is geen adres van een Lizard-portaal; gebruik bijvoorbeeld https://demo.lizard.net.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="149" />
        <source>Lizard answered with something that is not a list of objects.</source>
        <translation>Lizard antwoordde met iets dat geen lijst van objecten is.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="187" />
        <source>Refusing to send your API key over an unencrypted connection to {host}: use https:// for the portal address.</source>
        <translation>Uw API-sleutel wordt niet over een onversleutelde verbinding naar {host} gestuurd: gebruik https:// in het portaaladres.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="352" />
        <source>Could not send the request to Lizard.</source>
        <translation>Het verzoek kon niet naar Lizard worden gestuurd.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="360" />
        <source>The connection to Lizard broke off before the answer was complete.</source>
        <translation>De verbinding met Lizard werd verbroken voordat het antwoord compleet was.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="428" />
        <source>Lizard sent a link to another server ({host}); it was not followed.</source>
        <translation>Lizard stuurde een link naar een andere server ({host}); die is niet gevolgd.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="530" />
        <source>Lizard answered with something that is not JSON; is the portal address right?</source>
        <translation>Lizard antwoordde met iets dat geen JSON is; klopt het portaaladres?</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="568" />
        <source>Lizard did not accept your API key; check it in the Lizard settings.</source>
        <translation>Lizard accepteerde uw API-sleutel niet; controleer hem in de Lizard-instellingen.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="572" />
        <source>Lizard refused the change: your key has no permission for it ({detail}).</source>
        <translation>Lizard weigerde de wijziging: uw sleutel heeft daar geen rechten voor ({detail}).</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="582" />
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="72" />
        <source>Lizard has no such object, or it is not visible with your key.</source>
        <translation>Lizard heeft dit object niet, of het is niet zichtbaar met uw sleutel.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="582" />
        <source>Lizard rejected the request: {detail}</source>
        <translation>Lizard wees het verzoek af: {detail}</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="588" />
        <source>Lizard is receiving too many requests; try again later.</source>
        <translation>Lizard krijgt te veel verzoeken; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="590" />
        <source>Lizard is receiving too many requests; try again in {seconds} seconds.</source>
        <translation>Lizard krijgt te veel verzoeken; probeer het over {seconds} seconden opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="594" />
        <source>Lizard had a problem answering (HTTP {status}); try again later.</source>
        <translation>Lizard had een probleem met antwoorden (HTTP {status}); probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="598" />
        <source>Lizard answered with an unexpected error (HTTP {status}).</source>
        <translation>Lizard antwoordde met een onverwachte fout (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="605" />
        <source>Could not reach Lizard at {host}; check the portal address and your network.</source>
        <translation>Lizard op {host} is niet bereikbaar; controleer het portaaladres en uw netwerk.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="613" />
        <source>Lizard at {host} did not answer in time; try again later.</source>
        <translation>Lizard op {host} antwoordde niet op tijd; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="27" />
        <source>The portal {portal} did not answer: {error}</source>
        <translation>Het portaal {portal} antwoordde niet: {error}</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="29" />
        <source>The portal {portal} answered.</source>
        <translation>Het portaal {portal} antwoordde.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="31" />
        <source>No API key is set: you see public data only.</source>
        <translation>Er is geen API-sleutel ingesteld: u ziet alleen openbare data.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="33" />
        <source>Your API key was not accepted.</source>
        <translation>Uw API-sleutel werd niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="35" />
        <source>Your API key was accepted: you are {user}.</source>
        <translation>Uw API-sleutel werd geaccepteerd: u bent {user}.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="37" />
        <source>Your API key was accepted.</source>
        <translation>Uw API-sleutel werd geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="42" />
        <source>Organisations: {names}.</source>
        <translation>Organisaties: {names}.</translation>
    </message>
    <message>
        <location filename="../core/connection.py" line="44" />
        <source>The portal did not list any organisations for your key.</source>
        <translation>Het portaal noemde geen organisaties voor uw sleutel.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="25" />
        <source>The QGIS authentication system is not available.</source>
        <translation>Het authenticatiesysteem van QGIS is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="44" />
        <source>The QGIS authentication database is locked; enter its master password to use your key.</source>
        <translation>De authenticatiedatabase van QGIS is vergrendeld; voer het hoofdwachtwoord in om uw sleutel te gebruiken.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="80" />
        <source>The saved Lizard key (authentication config {id}) could not be read; enter it again in the Lizard settings.</source>
        <translation>De opgeslagen Lizard-sleutel (authenticatieconfiguratie {id}) kon niet worden gelezen; voer hem opnieuw in bij de Lizard-instellingen.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="93" />
        <source>The API key is empty.</source>
        <translation>De API-sleutel is leeg.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="114" />
        <source>The API key could not be saved in the QGIS authentication database.</source>
        <translation>De API-sleutel kon niet in de authenticatiedatabase van QGIS worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="106" />
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="20" />
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="30" />
        <source>with your API key</source>
        <translation>met uw API-sleutel</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="30" />
        <source>anonymously (public data)</source>
        <translation>anoniem (openbare data)</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="31" />
        <source>{portal}, {key}</source>
        <translation>{portal}, {key}</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="213" />
        <source>Lizard rasters</source>
        <translation>Lizard-rasters</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="240" />
        <source>Raster layers</source>
        <translation>Rasterlagen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="240" />
        <source>Rastersources</source>
        <translation>Rasterbronnen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="568" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="599" />
        <source>Searching Lizard</source>
        <translation>Lizard doorzoeken</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="646" />
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="650" />
        <source>{shown} shown of {total}</source>
        <translation>{shown} getoond van {total}</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="632" />
        <source>The search failed.</source>
        <translation>Het zoeken is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="178" />
        <source>Lizard settings</source>
        <translation>Lizard-instellingen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42" />
        <source>Your organisation's Lizard portal, e.g. https://demo.lizard.net</source>
        <translation>Het Lizard-portaal van uw organisatie, bijvoorbeeld https://demo.lizard.net</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="46" />
        <source>Your Personal API Key. It is kept in the QGIS authentication database.</source>
        <translation>Uw persoonlijke API-sleutel. Die wordt bewaard in de authenticatiedatabase van QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="47" />
        <source>Forget key</source>
        <translation>Sleutel vergeten</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56" />
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68" />
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="69" />
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98" />
        <source>Get a key</source>
        <translation>Sleutel aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103" />
        <source>Saved in the QGIS authentication database; type to replace it</source>
        <translation>Opgeslagen in de authenticatiedatabase van QGIS; typ om hem te vervangen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103" />
        <source>No key: public data only</source>
        <translation>Geen sleutel: alleen openbare data</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="109" />
        <source>LIZARD_URL is set: it overrides the portal saved here.</source>
        <translation>LIZARD_URL is ingesteld: die gaat voor het hier opgeslagen portaal.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111" />
        <source>LIZARD_API_KEY is set: it overrides the key saved here.</source>
        <translation>LIZARD_API_KEY is ingesteld: die gaat voor de hier opgeslagen sleutel.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119" />
        <source>The saved key was removed.</source>
        <translation>De opgeslagen sleutel is verwijderd.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137" />
        <source>Testing {portal}…</source>
        <translation>{portal} testen…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="138" />
        <source>Testing the Lizard connection</source>
        <translation>De Lizard-verbinding testen</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="29" />
        <source>Check Lizard connection</source>
        <translation>Lizard-verbinding controleren</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="7" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="34" />
        <source>Checks that the Lizard portal answers and whether it accepts the API key. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set (useful with qgis_process). Fails when the portal cannot be reached or the key is refused.

Outputs: PORTAL (the portal address), AUTHENTICATED (1 when a key was accepted, 0 when working anonymously), USERNAME, ORGANISATIONS (one per line, with roles) and REPORT (the result in words).</source>
        <translation>Controleert of het Lizard-portaal antwoordt en of het de API-sleutel accepteert. Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld (handig met qgis_process). Mislukt als het portaal onbereikbaar is of de sleutel wordt geweigerd.

Uitvoer: PORTAL (het portaaladres), AUTHENTICATED (1 als een sleutel werd geaccepteerd, 0 bij anoniem werken), USERNAME, ORGANISATIONS (één per regel, met rollen) en REPORT (het resultaat in woorden).</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="46" />
        <source>Key accepted</source>
        <translation>Sleutel geaccepteerd</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="47" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="48" />
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="54" />
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="39" />
        <source>The QGIS authentication database is locked; open the Lizard settings once to unlock it, or set LIZARD_API_KEY.</source>
        <translation>De authenticatiedatabase van QGIS is vergrendeld; open eenmaal de Lizard-instellingen om hem te ontgrendelen, of stel LIZARD_API_KEY in.</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="64" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="62" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="39" />
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="64" />
        <source>yes, every {step}</source>
        <translation>ja, elke {step}</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="120" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Temporal</source>
        <translation>Tijdreeks</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="133" />
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="134" />
        <source>Projection</source>
        <translation>Projectie</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="141" />
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="136" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="113" />
        <source>west {west:.5f}, south {south:.5f}, east {east:.5f}, north {north:.5f}</source>
        <translation>west {west:.5f}, zuid {south:.5f}, oost {east:.5f}, noord {north:.5f}</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="121" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="122" />
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="128" />
        <source>First time step</source>
        <translation>Eerste tijdstap</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="129" />
        <source>Last time step</source>
        <translation>Laatste tijdstap</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="273" />
        <source>Observation type</source>
        <translation>Observatietype</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="135" />
        <source>Extent (WGS84)</source>
        <translation>Omvang (WGS84)</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="137" />
        <source>Data type</source>
        <translation>Datatype</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="138" />
        <source>No-data value</source>
        <translation>No-data-waarde</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="139" />
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../core/describe.py" line="140" />
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="37" />
        <source>Name (A–Z)</source>
        <translation>Naam (A–Z)</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="37" />
        <source>Name (Z–A)</source>
        <translation>Naam (Z–A)</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="38" />
        <source>Newest change first</source>
        <translation>Nieuwste wijziging eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="38" />
        <source>Oldest change first</source>
        <translation>Oudste wijziging eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="40" />
        <source>Latest start first</source>
        <translation>Laatste begin eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="40" />
        <source>Latest end first</source>
        <translation>Laatste einde eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="41" />
        <source>Largest first</source>
        <translation>Grootste eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="41" />
        <source>Smallest first</source>
        <translation>Kleinste eerst</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="41" />
        <source>Supplier code</source>
        <translation>Leverancierscode</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="138" />
        <source>The area to search in is empty.</source>
        <translation>Het gebied om in te zoeken is leeg.</translation>
    </message>
    <message>
        <location filename="../core/rasters.py" line="156" />
        <source>No features are selected to search in.</source>
        <translation>Er zijn geen objecten geselecteerd om in te zoeken.</translation>
    </message>
    <message>
        <location filename="../core/wms.py" line="38" />
        <source>Lizard gives no WMS address for the raster “{name}”.</source>
        <translation>Lizard geeft geen WMS-adres voor de raster “{name}”.</translation>
    </message>
    <message>
        <location filename="../core/wms.py" line="240" />
        <source>Organisation: {name}</source>
        <translation>Organisatie: {name}</translation>
    </message>
    <message>
        <location filename="../core/wms.py" line="253" />
        <source>QGIS could not open the WMS layer of “{name}”.</source>
        <translation>QGIS kon de WMS-laag van “{name}” niet openen.</translation>
    </message>
    <message>
        <location filename="../core/wms.py" line="290" />
        <source>No raster layer shows the rastersource “{name}” yet; a raster layer has to be made for it in Lizard before it can go on the map.</source>
        <translation>Nog geen rasterlaag toont de rasterbron “{name}”; er moet eerst in Lizard een rasterlaag voor worden gemaakt voordat die op de kaart kan.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="7" />
        <source>Rasters</source>
        <translation>Rasters</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="26" />
        <source>Load raster as WMS layer</source>
        <translation>Raster laden als WMS-laag</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="31" />
        <source>Adds a Lizard raster to the project as a WMS layer, named after it and styled as in Lizard. Temporal rasters become WMS-T layers that follow the Temporal Controller. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set. The layers use the project's CRS when Lizard's WMS offers it, else EPSG:3857. A key saved in the Lizard settings reaches the layers as a QGIS authentication configuration (authcfg), never as text in the layer source or the project file; with only LIZARD_API_KEY set, the layers load public data.

RASTER: the UUID of a raster layer, or of a rastersource: then every raster layer that shows that source is added. A rastersource without raster layers is an error.

URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, where no layers are added, use these to open the layers elsewhere.</source>
        <translation>Voegt een Lizard-raster als WMS-laag aan het project toe, met de naam en de stijl uit Lizard. Rasters met een tijdreeks worden WMS-T-lagen die de Temporal Controller volgen. Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld. De lagen gebruiken het CRS van het project als de WMS van Lizard dat aanbiedt, anders EPSG:3857. Een in de Lizard-instellingen opgeslagen sleutel komt als QGIS-authenticatieconfiguratie (authcfg) bij de lagen, nooit als tekst in de laagbron of het projectbestand; met alleen LIZARD_API_KEY laden de lagen openbare data.

RASTER: de UUID van een rasterlaag, of van een rasterbron: dan wordt elke rasterlaag die die bron toont toegevoegd. Een rasterbron zonder rasterlagen is een fout.

URIS: de WMS-gegevensbron van elke laag, één per regel (zonder sleutel); gebruik die met qgis_process, waar geen lagen worden toegevoegd, om de lagen elders te openen.</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="47" />
        <source>Raster layer or rastersource UUID</source>
        <translation>UUID van een rasterlaag of rasterbron</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="48" />
        <source>WMS data sources</source>
        <translation>WMS-gegevensbronnen</translation>
    </message>
    <message>
        <location filename="../processing/load_raster_wms.py" line="54" />
        <source>“{text}” is not the UUID of a Lizard raster layer or rastersource.</source>
        <translation>“{text}” is niet de UUID van een Lizard-rasterlaag of -rasterbron.</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="94" />
        <source>Search rastersources</source>
        <translation>Rasterbronnen zoeken</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="99" />
        <source>Finds Lizard rastersources (the stored raster data) and writes one polygon per source: the source's extent in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only public sources are found.

NAME: only sources whose name contains this text (any case); a UUID finds that one source.
ORGANISATION: only sources of organisations whose name contains this text (or the organisation's UUID).
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
        <location filename="../processing/search_rastersources.py" line="121" />
        <source>Name contains</source>
        <translation>Naam bevat</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="122" />
        <source>Organisation name contains</source>
        <translation>Naam van de organisatie bevat</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="255" />
        <source>Temporal only</source>
        <translation>Alleen tijdreeksen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="255" />
        <source>Non-temporal only</source>
        <translation>Alleen zonder tijd</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="127" />
        <source>Intersecting extent</source>
        <translation>Snijdt de omvang</translation>
    </message>
    <message>
        <location filename="../processing/search_rastersources.py" line="162" />
        <source>{matched} of {scanned} rastersources matched.</source>
        <translation>{matched} van {scanned} rasterbronnen kwamen overeen.</translation>
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="122" />
        <source>Adding “{name}” to the map</source>
        <translation>“{name}” aan de kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="124" />
        <source>Adding Lizard rasters to the map</source>
        <translation>Lizard-rasters aan de kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/add_to_map.py" line="143" />
        <source>Added “{name}” to the map.</source>
        <translation>“{name}” is aan de kaart toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/add_to_map.py" line="145" />
        <source>Added %n layer(s) to the map: {names}.</source>
        <translation><numerusform>%n laag aan de kaart toegevoegd: {names}.</numerusform><numerusform>%n lagen aan de kaart toegevoegd: {names}.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="140" />
        <source>{name}
UUID: {uuid}</source>
        <translation>{name}
UUID: {uuid}</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="242" />
        <source>Raster layers: what Lizard shows, with their styles</source>
        <translation>Rasterlagen: wat Lizard toont, met hun stijlen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="243" />
        <source>Rastersources: the data that raster layers show</source>
        <translation>Rasterbronnen: de data die rasterlagen tonen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="247" />
        <source>Search by name or UUID…</source>
        <translation>Zoeken op naam of UUID…</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="249" />
        <source>Part of a name, or a UUID; press Enter to list everything</source>
        <translation>Een deel van een naam, of een UUID; druk op Enter om alles te tonen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="253" />
        <source>Name or UUID</source>
        <translation>Naam of UUID</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Common</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="257" />
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="261" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="263" />
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="263" />
        <source>In the map extent</source>
        <translation>In het kaartbeeld</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="263" />
        <source>In the selected features</source>
        <translation>In de geselecteerde objecten</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="265" />
        <source>Only what lies (partly) in the map extent or in the features selected in the active layer; this follows the map as you pan and select</source>
        <translation>Alleen wat (deels) in het kaartbeeld of in de geselecteerde objecten van de actieve laag ligt; dit volgt de kaart terwijl u verschuift en selecteert</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="271" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="275" />
        <source>Order by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="321" />
        <source>Add to map</source>
        <translation>Aan kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="321" />
        <source>Add the selected rasters to the map as WMS layers, styled as in Lizard (or double-click them, or drag them onto the map)</source>
        <translation>De geselecteerde rasters als WMS-lagen aan de kaart toevoegen, met de stijl uit Lizard (of dubbelklik ze, of sleep ze naar de kaart)</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="324" />
        <source>Zoom to</source>
        <translation>Zoomen naar</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="324" />
        <source>Zoom the map to the selected rasters</source>
        <translation>De kaart naar de geselecteerde rasters zoomen</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="326" />
        <source>Copy UUID</source>
        <translation>UUID kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="326" />
        <source>Copy the UUID of the selected rasters</source>
        <translation>De UUID van de geselecteerde rasters kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="458" />
        <source>the map extent</source>
        <translation>het kaartbeeld</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="461" />
        <source>The map shows no area to search in.</source>
        <translation>De kaart toont geen gebied om in te zoeken.</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="465" />
        <source>Make a vector layer active and select features in it to search there.</source>
        <translation>Maak een vectorlaag actief en selecteer er objecten in om daar te zoeken.</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="467" />
        <source>Select features of “{layer}” to search there.</source>
        <translation>Selecteer objecten van “{layer}” om daar te zoeken.</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="470" />
        <source>the selected features of “{layer}”</source>
        <translation>de geselecteerde objecten van “{layer}”</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="630" />
        <source>{status} Loading more failed.</source>
        <translation>{status} Meer laden is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="644" />
        <source>Nothing found: none of the {scanned} scanned matched ({total} in Lizard).</source>
        <translation>Niets gevonden: geen van de {scanned} bekeken kwam overeen ({total} in Lizard).</translation>
    </message>
    <message>
        <location filename="../ui/raster_dock.py" line="648" />
        <source>{matched} matched of {scanned} scanned ({total} in Lizard)</source>
        <translation>{matched} overeenkomend van {scanned} bekeken ({total} in Lizard)</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="411" />
        <source>The area to load buildings for is empty.</source>
        <translation>Het gebied om gebouwen voor te laden is leeg.</translation>
    </message>
    <message>
        <location filename="../core/buildings.py" line="342" />
        <source>{rate} buildings/s</source>
        <translation>{rate} gebouwen/s</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="84" />
        <source>Buildings</source>
        <translation>Gebouwen</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="41" />
        <source>Download buildings</source>
        <translation>Gebouwen downloaden</translation>
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
        <translation>Downloadt Lizard-gebouwen (contouren met hun adressen) voor een gebied en schrijft ze als MultiPolygonen in WGS84 (EPSG:4326). Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld.

EXTENT: gebouwen die deze omvang overlappen. Geef een omvang, een filterlaag of beide; zonder gebied weigert het algoritme te draaien in plaats van elk gebouw van Lizard te downloaden.
FILTER_LAYER: gebouwen in de objecten van deze laag (met "alleen geselecteerde objecten": in de geselecteerde). Met ook een omvang telt alleen het deel van de objecten binnen de omvang. Gedetailleerde vormen worden vereenvoudigd voordat ze naar Lizard gaan en de exacte vorm wordt hier gecontroleerd, dus het resultaat is exact.
PREDICATE: intersects (gebouwen die het gebied raken) of within (gebouwen die er helemaal binnen liggen).
CODE: alleen het gebouw met deze code (BAG-identificatie), exact.
BUILD_YEAR_MIN, BUILD_YEAR_MAX: alleen gebouwen gebouwd in of na, in of voor dit jaar.
POSTALCODE: alleen gebouwen met een adres waarvan de postcode met deze tekst begint (bijv. 2286 of 2286JG; spaties tellen niet).
VALID_AT: alleen de gebouwen die op dit moment bestonden (van elk de laatste versie).
MAX_FEATURES: stop na zoveel gebouwen; 0 laadt alle.

OUTPUT: de gebouwen, met de velden id, code, build_year, start, end, last_modified, organisation, het eerste adres (street, house_number, house_letter, house_number_suffix, postalcode, city), address_count en addresses (alle adressen als JSON-tekst).</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="67" />
        <source>Extent</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="68" />
        <source>Area layer</source>
        <translation>Gebiedslaag</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="70" />
        <source>Buildings that</source>
        <translation>Gebouwen die</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="70" />
        <source>Intersect the area</source>
        <translation>Het gebied snijden</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="70" />
        <source>Are within the area</source>
        <translation>Binnen het gebied liggen</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="73" />
        <source>Building code</source>
        <translation>Gebouwcode</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="74" />
        <source>Built in or after</source>
        <translation>Gebouwd in of na</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="76" />
        <source>Built in or before</source>
        <translation>Gebouwd in of voor</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="78" />
        <source>Postal code starts with</source>
        <translation>Postcode begint met</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="187" />
        <source>Valid at</source>
        <translation>Geldig op</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="81" />
        <source>Maximum number of buildings (0: all)</source>
        <translation>Maximaal aantal gebouwen (0: alle)</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="101" />
        <source>Give an extent or an area layer: loading every building of Lizard is not supported.</source>
        <translation>Geef een omvang of een gebiedslaag op: alle gebouwen van Lizard laden kan niet.</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="109" />
        <source>The area layer has no (selected) features with a geometry.</source>
        <translation>De gebiedslaag heeft geen (geselecteerde) objecten met een geometrie.</translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="115" />
        <source>The features of the area layer are outside the extent.</source>
        <translation>De objecten van de gebiedslaag liggen buiten de omvang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/download_buildings.py" line="147" />
        <source>%n building(s) loaded so far.</source>
        <translation><numerusform>%n gebouw tot nu toe geladen.</numerusform><numerusform>%n gebouwen tot nu toe geladen.</numerusform></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="157" />
        <source>Cancelled; the buildings loaded until then are kept.</source>
        <translation>Geannuleerd; de tot dan geladen gebouwen blijven bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="760" />
        <source>%n building(s) loaded.</source>
        <translation><numerusform>%n gebouw geladen.</numerusform><numerusform>%n gebouwen geladen.</numerusform></translation>
    </message>
    <message>
        <location filename="../processing/download_buildings.py" line="163" />
        <source>Lizard kept answering with a full, truncated list for a tiny area: some buildings may be missing.</source>
        <translation>Lizard bleef voor een heel klein gebied een volle, afgekapte lijst geven: er kunnen gebouwen ontbreken.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="70" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="70" />
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="70" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="203" />
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="71" />
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="203" />
        <source>Build year</source>
        <translation>Bouwjaar</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="72" />
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="770" />
        <source>Lizard buildings</source>
        <translation>Lizard-gebouwen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="179" />
        <source>e.g. 0603100000003566</source>
        <translation>bijv. 0603100000003566</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="180" />
        <source>Starts with</source>
        <translation>Begint met</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="184" />
        <source>e.g. 2286 or 2286JG</source>
        <translation>bijv. 2286 of 2286JG</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="189" />
        <source>Only the buildings that existed at this moment</source>
        <translation>Alleen de gebouwen die op dit moment bestonden</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="203" />
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="221" />
        <source>Map extent</source>
        <translation>Kaartbeeld</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="221" />
        <source>Selected features of the active layer</source>
        <translation>Geselecteerde objecten van de actieve laag</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="221" />
        <source>Shape drawn on the map</source>
        <translation>Op de kaart getekende vorm</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="226" />
        <source>Intersecting</source>
        <translation>Snijdend</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="227" />
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="228" />
        <source>Buildings that touch the area, or only those entirely inside it</source>
        <translation>Gebouwen die het gebied raken, of alleen die er helemaal binnen liggen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="229" />
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="229" />
        <source>Draw a rectangle on the map (drag)</source>
        <translation>Teken een rechthoek op de kaart (slepen)</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="231" />
        <source>Polygon</source>
        <translation>Polygoon</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="231" />
        <source>Draw a polygon on the map (click the corners; right-click or double-click to finish)</source>
        <translation>Teken een polygoon op de kaart (klik de hoeken; rechtsklik of dubbelklik om af te ronden)</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="236" />
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="237" />
        <source>Remove the drawn shape</source>
        <translation>De getekende vorm verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="251" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="252" />
        <source>Load at most this many buildings (All: every building that matches)</source>
        <translation>Laad hooguit zoveel gebouwen (Alle: elk gebouw dat overeenkomt)</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="255" />
        <source>Temporary layer</source>
        <translation>Tijdelijke laag</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="256" />
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="260" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="265" />
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="267" />
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="272" />
        <source>Count</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="274" />
        <source>Ask Lizard how many buildings match, before loading them</source>
        <translation>Vraag Lizard hoeveel gebouwen overeenkomen, voordat u ze laadt</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="275" />
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="278" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="280" />
        <source>Stop loading; the buildings that arrived stay in the layer</source>
        <translation>Stoppen met laden; de aangekomen gebouwen blijven in de laag</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="335" />
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="400" />
        <source>Make a vector layer active and select features in it.</source>
        <translation>Maak een vectorlaag actief en selecteer er objecten in.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="402" />
        <source>Select features of “{layer}” first.</source>
        <translation>Selecteer eerst objecten van “{layer}”.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="407" />
        <source>Draw a rectangle or a polygon on the map first.</source>
        <translation>Teken eerst een rechthoek of een polygoon op de kaart.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="409" />
        <source>the drawn shape</source>
        <translation>de getekende vorm</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="588" />
        <source>Counting Lizard buildings</source>
        <translation>Lizard-gebouwen tellen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="592" />
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="600" />
        <source>Lizard does not count the buildings for this filter; Load gets them all.</source>
        <translation>Lizard telt de gebouwen voor dit filter niet; Laden haalt ze allemaal op.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="602" />
        <source>%n building(s) match.</source>
        <translation><numerusform>%n gebouw komt overeen.</numerusform><numerusform>%n gebouwen komen overeen.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="609" />
        <source>Counting failed.</source>
        <translation>Tellen is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="636" />
        <source>Choose a GeoPackage file to save the buildings in.</source>
        <translation>Kies een GeoPackage-bestand om de gebouwen in op te slaan.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="647" />
        <source>Lizard buildings ({area})</source>
        <translation>Lizard-gebouwen ({area})</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="677" />
        <source>Could not write {path}: {error}</source>
        <translation>Kon {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="689" />
        <source>Loading Lizard buildings</source>
        <translation>Lizard-gebouwen laden</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="701" />
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="727" />
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="730" />
        <source>{done} loaded</source>
        <translation>{done} geladen</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="732" />
        <source>Loading… {progress}</source>
        <translation>Laden… {progress}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="753" />
        <source>Stopped: %n building(s) loaded.</source>
        <translation><numerusform>Gestopt: %n gebouw geladen.</numerusform><numerusform>Gestopt: %n gebouwen geladen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/buildings_dock.py" line="755" />
        <source>Loading stopped by an error: %n building(s) loaded.</source>
        <translation><numerusform>Laden gestopt door een fout: %n gebouw geladen.</numerusform><numerusform>Laden gestopt door een fout: %n gebouwen geladen.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="762" />
        <source>{loaded} Lizard may not have sent every building of a very dense spot.</source>
        <translation>{loaded} Lizard heeft misschien niet elk gebouw van een heel dichte plek gestuurd.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="778" />
        <source>Could not open {path}.</source>
        <translation>Kon {path} niet openen.</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="789" />
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../ui/buildings_dock.py" line="802" />
        <source>The layer was removed; loading stopped.</source>
        <translation>De laag is verwijderd; het laden is gestopt.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="75" />
        <source>“{type}” is not a Lizard asset type.</source>
        <translation>“{type}” is geen Lizard-assettype.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="129" />
        <source>{what}: “{piece}” is not of the form lizard_field=value.</source>
        <translation>{what}: “{piece}” heeft niet de vorm lizard_veld=waarde.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="132" />
        <source>{what}: “{key}” is given twice.</source>
        <translation>{what}: “{key}” is twee keer opgegeven.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="140" />
        <source>“{text}” cannot be written in the .ini file.</source>
        <translation>“{text}” kan niet in het .ini-bestand worden geschreven.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="144" />
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="144" />
        <source>line</source>
        <translation>lijn</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="144" />
        <source>polygon</source>
        <translation>vlak</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="205" />
        <source>The layer has no field(s) {names}.</source>
        <translation>De laag heeft geen veld(en) {names}.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="211" />
        <source>The layer has no field {name} to start the nested assets.</source>
        <translation>De laag heeft geen veld {name} om de geneste assets mee te beginnen.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="213" />
        <source>The nested assets need at least one field.</source>
        <translation>De geneste assets hebben minstens één veld nodig.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="216" />
        <source>The layer has {count} columns from {first} onwards, which is not a multiple of the {n} nested fields.</source>
        <translation>De laag heeft {count} kolommen vanaf {first}, geen veelvoud van de {n} geneste velden.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="243" />
        <source>Map at least one Lizard field to a layer field.</source>
        <translation>Koppel minstens één Lizard-veld aan een veld van de laag.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="258" />
        <source>The layer has no coordinate reference system; set one before exporting.</source>
        <translation>De laag heeft geen coördinatenreferentiesysteem; stel er een in voordat u exporteert.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="261" />
        <source>The layer has no point, line or polygon geometries.</source>
        <translation>De laag heeft geen punt-, lijn- of vlakgeometrieën.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="263" />
        <source>{type} assets need {kind} geometries, but the layer has {layer_kind} geometries.</source>
        <translation>{type}-assets hebben {kind}geometrieën nodig, maar de laag heeft {layer_kind}geometrieën.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="284" />
        <source>Feature {id} has no geometry or an invalid one; fix it or skip such features.</source>
        <translation>Object {id} heeft geen of een ongeldige geometrie; herstel die of sla zulke objecten over.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="298" />
        <source>Field {name} holds text longer than {max} bytes (e.g. feature {id}), which a shapefile cannot store; shorten it first.</source>
        <translation>Veld {name} bevat tekst langer dan {max} bytes (bijv. object {id}), wat een shapefile niet kan opslaan; kort die eerst in.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="301" />
        <source>There are no features with a valid geometry to export.</source>
        <translation>Er zijn geen objecten met een geldige geometrie om te exporteren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/assets.py" line="304" />
        <source>%n feature(s) without a valid geometry were skipped.</source>
        <translation><numerusform>%n object zonder geldige geometrie is overgeslagen.</numerusform><numerusform>%n objecten zonder geldige geometrie zijn overgeslagen.</numerusform></translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="138" />
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="322" />
        <source>The shapefile could not be written completely ({ext} is missing).</source>
        <translation>De shapefile kon niet volledig worden geschreven ({ext} ontbreekt).</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="338" />
        <source>The shapefile could not be created.</source>
        <translation>De shapefile kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="346" />
        <source>The field {name} could not be created in the shapefile.</source>
        <translation>Het veld {name} kon niet in de shapefile worden aangemaakt.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="367" />
        <source>A feature could not be written to the shapefile.</source>
        <translation>Een object kon niet naar de shapefile worden geschreven.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="392" />
        <source>The written bundle could not be read back.</source>
        <translation>De geschreven bundel kon niet worden teruggelezen.</translation>
    </message>
    <message>
        <location filename="../core/assets.py" line="404" />
        <source>The written bundle did not read back as written.</source>
        <translation>De geschreven bundel las niet terug zoals geschreven.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="54" />
        <source>GDAL cannot read {path}.</source>
        <translation>GDAL kan {path} niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="84" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="98" />
        <source>The target CRS {crs} is not a coordinate reference system.</source>
        <translation>Het doel-CRS {crs} is geen coördinatenreferentiesysteem.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="160" />
        <source>{path} has no band {band}; it has {count} band(s).</source>
        <translation>{path} heeft geen band {band}; het heeft {count} band(en).</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="170" />
        <source>The target CRS {crs} has no EPSG code, which Lizard requires; choose a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Het doel-CRS {crs} heeft geen EPSG-code, die Lizard vereist; kies een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="174" />
        <source>{path} has no CRS, so it cannot be reprojected; assign its CRS first.</source>
        <translation>{path} heeft geen CRS en kan dus niet worden geherprojecteerd; wijs eerst het CRS toe.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="179" />
        <source>{path} has no CRS; Lizard needs a CRS with an EPSG code, so assign one or reproject to an EPSG CRS such as EPSG:28992.</source>
        <translation>{path} heeft geen CRS; Lizard heeft een CRS met een EPSG-code nodig, dus wijs er een toe of herprojecteer naar een EPSG-CRS zoals EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="184" />
        <source>The layer's CRS ({crs}) has no EPSG code, which Lizard requires; reproject it to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Het CRS van de laag ({crs}) heeft geen EPSG-code, die Lizard vereist; herprojecteer naar een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="192" />
        <source>The band already has NODATA value {kept}; {given} was not used.</source>
        <translation>De band heeft al NODATA-waarde {kept}; {given} is niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="196" />
        <source>Band {band} of {path} has no NODATA value; give one (a value that does not occur in the data).</source>
        <translation>Band {band} van {path} heeft geen NODATA-waarde; geef er een op (een waarde die niet in de data voorkomt).</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="200" />
        <source>The NODATA value {nodata} occurs in the data; those cells will be treated as missing.</source>
        <translation>De NODATA-waarde {nodata} komt in de data voor; die cellen gelden dan als ontbrekend.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="211" />
        <source>GDAL could not read band {band} of {path}.</source>
        <translation>GDAL kon band {band} van {path} niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="230" />
        <source>GDAL could not write {path}.</source>
        <translation>GDAL kon {path} niet schrijven.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="251" />
        <source>GDAL cannot read the file.</source>
        <translation>GDAL kan het bestand niet lezen.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="252" />
        <source>{path} is not a raster GDAL can read.</source>
        <translation>{path} is geen raster dat GDAL kan lezen.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="258" />
        <source>The file is a GeoTIFF.</source>
        <translation>Het bestand is een GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="260" />
        <source>The file is {format}, not a GeoTIFF; Lizard accepts GeoTIFF only.</source>
        <translation>Het bestand is {format}, geen GeoTIFF; Lizard accepteert alleen GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="265" />
        <source>The file has a single band.</source>
        <translation>Het bestand heeft één band.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="267" />
        <source>The file has {count} bands; Lizard accepts a single band (export one band per file).</source>
        <translation>Het bestand heeft {count} banden; Lizard accepteert één band (exporteer één band per bestand).</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="273" />
        <source>NODATA is set ({value}).</source>
        <translation>NODATA is ingesteld ({value}).</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="276" />
        <source>The file has no NODATA value; Lizard requires one.</source>
        <translation>Het bestand heeft geen NODATA-waarde; Lizard vereist er een.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="281" />
        <source>The CRS is EPSG:{code}.</source>
        <translation>Het CRS is EPSG:{code}.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="283" />
        <source>The file has no CRS; Lizard requires a CRS with an EPSG code.</source>
        <translation>Het bestand heeft geen CRS; Lizard vereist een CRS met een EPSG-code.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="286" />
        <source>The CRS ({crs}) has no EPSG code; reproject to a CRS with an EPSG code, for example EPSG:28992.</source>
        <translation>Het CRS ({crs}) heeft geen EPSG-code; herprojecteer naar een CRS met een EPSG-code, bijvoorbeeld EPSG:28992.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="298" />
        <source>The file's size cannot be read.</source>
        <translation>De grootte van het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="301" />
        <source>The file is {size:.1f} GiB; files above {limit} GiB upload slowly and may be interrupted, consider splitting it.</source>
        <translation>Het bestand is {size:.1f} GiB; bestanden boven {limit} GiB uploaden traag en kunnen worden onderbroken; overweeg het te splitsen.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="304" />
        <source>The file is {size:.2f} GiB.</source>
        <translation>Het bestand is {size:.2f} GiB.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="332" />
        <source>{path} has {count} band(s) but {given} timestamp(s) were given.</source>
        <translation>{path} heeft {count} band(en) maar er zijn {given} tijdstip(pen) opgegeven.</translation>
    </message>
    <message>
        <location filename="../core/geotiff.py" line="336" />
        <source>The timestamps are not unique; Lizard takes one GeoTIFF per timestamp.</source>
        <translation>De tijdstippen zijn niet uniek; Lizard neemt één GeoTIFF per tijdstip.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="447" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="18" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="20" />
        <source>WARNING</source>
        <translation>WAARSCHUWING</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="22" />
        <source>FAIL</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="39" />
        <source>Check GeoTIFF for Lizard</source>
        <translation>GeoTIFF controleren voor Lizard</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="42" />
        <source>Checks a raster file against Lizard's rules for rastersource data: GeoTIFF format, a single band, a NODATA value and a CRS with an EPSG code. It also warns when the file is larger than 4 GiB (a warning only: the file may still be uploaded).

INPUT: a raster layer stored in a file.

VALID: 1 when every rule passes (warnings aside), else 0.
REPORT: one line per rule: OK, WARNING or FAIL, the rule and what was found.</source>
        <translation>Controleert een rasterbestand op de regels van Lizard voor rasterbrondata: GeoTIFF-formaat, één band, een NODATA-waarde en een CRS met een EPSG-code. Waarschuwt ook als het bestand groter is dan 4 GiB (alleen een waarschuwing: het bestand mag nog steeds worden geüpload).

INPUT: een rasterlaag die in een bestand staat.

VALID: 1 als elke regel slaagt (waarschuwingen niet meegeteld), anders 0.
REPORT: één regel per controle: OK, WAARSCHUWING of FOUT, de regel en wat er is gevonden.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="453" />
        <source>Raster layer</source>
        <translation>Rasterlaag</translation>
    </message>
    <message>
        <location filename="../processing/check_geotiff.py" line="53" />
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="40" />
        <source>Export asset bundle</source>
        <translation>Assetbundel exporteren</translation>
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
        <translation>Schrijft een vectorlaag als zipbestand voor de assetimport van Lizard (&lt;portal&gt;/import/): een shapefile (UTF-8) en een .ini-bestand dat Lizard vertelt welke kolom welk veld bevat. Er wordt niets geüpload. Veldnamen langer dan 10 tekens worden ingekort (en uniek gemaakt); de .ini verwijst naar de geschreven namen. Objecten zonder geldige geometrie worden overgeslagen en geteld.

INPUT: de assets ("alleen geselecteerde objecten" wordt gerespecteerd).
ASSET_TYPE: het Lizard-assettype in CamelCase, bijv. GroundwaterStation, Pumpstation, Pipe, Polder (of de API-naam, bijv. groundwaterstations). Punt-, lijn- of vlaklagen moeten erbij passen.
COLUMNS: paren lizard_veld=LAAGVELD gescheiden door puntkomma's, bijv. code=ID;name=NAME.
DEFAULTS: paren lizard_veld=waarde voor velden die voor elke asset gelijk zijn, bijv. frequency=daily;scale=1.
ORGANISATION: de UUID van de organisatie waartoe de assets horen.
NESTED_ASSET: het type geneste assets in dezelfde rij, bijv. Filter.
NESTED_FIRST: het eerste laagveld van het geneste blok; dat veld en elk veld rechts ervan bevatten de geneste assets, steeds NESTED_FIELDS tegelijk.
NESTED_FIELDS: de Lizard-velden van één geneste asset, gescheiden door komma's, bijv. code,filter_top_level,filter_bottom_level.

OUTPUT: het zipbestand. FEATURES en SKIPPED: hoeveel objecten zijn geschreven en weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="64" />
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="66" />
        <source>Asset type (e.g. GroundwaterStation)</source>
        <translation>Assettype (bijv. GroundwaterStation)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="67" />
        <source>Columns (lizard_field=LAYER_FIELD;...)</source>
        <translation>Kolommen (lizard_veld=LAAGVELD;...)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="69" />
        <source>Defaults (lizard_field=value;...)</source>
        <translation>Standaardwaarden (lizard_veld=waarde;...)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="71" />
        <source>Organisation UUID</source>
        <translation>UUID van de organisatie</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="73" />
        <source>Nested asset type (e.g. Filter)</source>
        <translation>Type geneste asset (bijv. Filter)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="75" />
        <source>First field of the nested assets</source>
        <translation>Eerste veld van de geneste assets</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="78" />
        <source>Nested asset fields (f1,f2,...)</source>
        <translation>Velden van de geneste assets (v1,v2,...)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="384" />
        <source>Asset bundle</source>
        <translation>Assetbundel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="147" />
        <source>Zip files (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="82" />
        <source>Features written</source>
        <translation>Geschreven objecten</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="83" />
        <source>Features skipped</source>
        <translation>Overgeslagen objecten</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="84" />
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../processing/export_asset_bundle.py" line="101" />
        <source>Nested assets need all three of NESTED_ASSET, NESTED_FIRST and NESTED_FIELDS.</source>
        <translation>Geneste assets hebben alle drie nodig: NESTED_ASSET, NESTED_FIRST en NESTED_FIELDS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/export_asset_bundle.py" line="113" />
        <source>Wrote %n asset(s) to {path}.</source>
        <translation><numerusform>%n asset naar {path} geschreven.</numerusform><numerusform>%n assets naar {path} geschreven.</numerusform></translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="22" />
        <source>The layer {name} is not a raster file on disk; save it as a file first.</source>
        <translation>De laag {name} is geen rasterbestand op schijf; sla haar eerst als bestand op.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="407" />
        <source>Export GeoTIFF for Lizard</source>
        <translation>GeoTIFF exporteren voor Lizard</translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="45" />
        <source>Writes one band of a raster layer as a GeoTIFF that Lizard accepts: a single band, tiled and DEFLATE-compressed, with a NODATA value and a CRS with an EPSG code. Nothing is left behind when it fails or is cancelled.

INPUT: a raster layer stored in a file.
BAND: the band to write (default 1).
NODATA: the no-data value, needed only when the band has none (the band's own value is kept). It should not occur in the data; you are warned when it does.
TARGET_CRS: reproject to this CRS (it must have an EPSG code). Without it the layer's CRS is kept; a CRS without an EPSG code is refused.

OUTPUT: the GeoTIFF (.tif).</source>
        <translation>Schrijft één band van een rasterlaag als een GeoTIFF die Lizard accepteert: één band, in tegels en met DEFLATE gecomprimeerd, met een NODATA-waarde en een CRS met een EPSG-code. Bij een fout of annuleren blijft er niets achter.

INPUT: een rasterlaag die in een bestand staat.
BAND: de band om te schrijven (standaard 1).
NODATA: de no-data-waarde, alleen nodig als de band er geen heeft (de eigen waarde van de band blijft behouden). Die hoort niet in de data voor te komen; u krijgt een waarschuwing als dat wel zo is.
TARGET_CRS: herprojecteer naar dit CRS (het moet een EPSG-code hebben). Zonder blijft het CRS van de laag behouden; een CRS zonder EPSG-code wordt geweigerd.

OUTPUT: de GeoTIFF (.tif).</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="454" />
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="63" />
        <source>NODATA value</source>
        <translation>NODATA-waarde</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="456" />
        <source>Target CRS</source>
        <translation>Doel-CRS</translation>
    </message>
    <message>
        <location filename="../processing/export_geotiff.py" line="66" />
        <source>GeoTIFF</source>
        <translation>GeoTIFF</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="76" />
        <source>Export asset bundle…</source>
        <translation>Assetbundel exporteren…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="82" />
        <source>Export GeoTIFF for Lizard…</source>
        <translation>GeoTIFF exporteren voor Lizard…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="80" />
        <source>Export asset bundle for Lizard…</source>
        <translation>Assetbundel exporteren voor Lizard…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="92" />
        <source>Export asset bundle for Lizard</source>
        <translation>Assetbundel exporteren voor Lizard</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="100" />
        <source>Selected features only</source>
        <translation>Alleen geselecteerde objecten</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="115" />
        <source>Lizard field</source>
        <translation>Lizard-veld</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="107" />
        <source>Layer field</source>
        <translation>Laagveld</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="116" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="119" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="115" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="125" />
        <source>Optional organisation UUID</source>
        <translation>UUID van de organisatie (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="127" />
        <source>Nested assets</source>
        <translation>Geneste assets</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="138" />
        <source>field1,field2,…</source>
        <translation>veld1,veld2,…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="140" />
        <source>Nested asset type</source>
        <translation>Type geneste asset</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="141" />
        <source>First layer field</source>
        <translation>Eerste laagveld</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="142" />
        <source>Lizard fields</source>
        <translation>Lizard-velden</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="153" />
        <source>Open the Lizard import page</source>
        <translation>De importpagina van Lizard openen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="165" />
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="167" />
        <source>Asset type</source>
        <translation>Assettype</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="170" />
        <source>Columns (Lizard field ← layer field)</source>
        <translation>Kolommen (Lizard-veld ← laagveld)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="170" />
        <source>Defaults (Lizard field = value)</source>
        <translation>Standaardwaarden (Lizard-veld = waarde)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="187" />
        <source>Output .zip</source>
        <translation>Uitvoer .zip</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="248" />
        <source>Columns: “{key}” is given twice.</source>
        <translation>Kolommen: “{key}” is twee keer opgegeven.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="260" />
        <source>Defaults: give both a Lizard field and a value.</source>
        <translation>Standaardwaarden: geef zowel een Lizard-veld als een waarde.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="262" />
        <source>Defaults: “{key}” is given twice.</source>
        <translation>Standaardwaarden: “{key}” is twee keer opgegeven.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="344" />
        <source>Choose a vector layer to export.</source>
        <translation>Kies een vectorlaag om te exporteren.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="347" />
        <source>Choose the .zip file to write.</source>
        <translation>Kies het .zip-bestand om te schrijven.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="368" />
        <source>Exporting an asset bundle for Lizard</source>
        <translation>Een assetbundel voor Lizard exporteren</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="589" />
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export_dialogs.py" line="378" />
        <source>{path}: %n feature(s) exported</source>
        <translation><numerusform>{path}: %n object geëxporteerd</numerusform><numerusform>{path}: %n objecten geëxporteerd</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export_dialogs.py" line="380" />
        <source>%n skipped (no valid geometry)</source>
        <translation><numerusform>%n overgeslagen (geen geldige geometrie)</numerusform><numerusform>%n overgeslagen (geen geldige geometrie)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="423" />
        <source>Keep the layer's CRS</source>
        <translation>Het CRS van de laag behouden</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="428" />
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="430" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="430" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="430" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="444" />
        <source>Check for Lizard</source>
        <translation>Controleren voor Lizard</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="455" />
        <source>NODATA</source>
        <translation>NODATA</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="457" />
        <source>Output .tif</source>
        <translation>Uitvoer .tif</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="497" />
        <source>The band's own NODATA value; it is kept.</source>
        <translation>De eigen NODATA-waarde van de band; die blijft behouden.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="500" />
        <source>Required: the band has no NODATA value</source>
        <translation>Verplicht: de band heeft geen NODATA-waarde</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="501" />
        <source>A value that does not occur in the data.</source>
        <translation>Een waarde die niet in de data voorkomt.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="505" />
        <source>Choose a raster layer.</source>
        <translation>Kies een rasterlaag.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="507" />
        <source>{name} is not a raster file.</source>
        <translation>{name} is geen rasterbestand.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="517" />
        <source>pass</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="519" />
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="521" />
        <source>fail</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="527" />
        <source>{path} meets Lizard's rules.</source>
        <translation>{path} voldoet aan de regels van Lizard.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="529" />
        <source>{path} does not meet Lizard's rules.</source>
        <translation>{path} voldoet niet aan de regels van Lizard.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="599" />
        <source>GeoTIFF export</source>
        <translation>GeoTIFF-export</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="562" />
        <source>Choose the .tif file to write.</source>
        <translation>Kies het .tif-bestand om te schrijven.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="571" />
        <source>NODATA “{value}” is not a number.</source>
        <translation>NODATA “{value}” is geen getal.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="585" />
        <source>Exporting a GeoTIFF for Lizard</source>
        <translation>Een GeoTIFF voor Lizard exporteren</translation>
    </message>
    <message>
        <location filename="../ui/export_dialogs.py" line="596" />
        <source>{path} was written.</source>
        <translation>{path} is geschreven.</translation>
    </message>
</context>
</TS>