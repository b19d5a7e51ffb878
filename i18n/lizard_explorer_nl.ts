<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../processing/provider.py" line="18" />
        <source>Lizard</source>
        <translation>Lizard</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69" />
        <source>Lizard settings…</source>
        <translation>Lizard-instellingen…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="70" />
        <source>Lizard help</source>
        <translation>Lizard-hulp</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="21" />
        <source>Lizard Explorer {version}</source>
        <translation>Lizard Explorer {version}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="96" />
        <source>&lt;p&gt;Lizard Explorer connects QGIS to the Lizard water and climate data warehouse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard settings…&lt;/b&gt; sets your portal (e.g. https://demo.lizard.net, which shows public data without a key) and your Personal API Key, which is kept in the QGIS authentication database. Use &lt;b&gt;Test connection&lt;/b&gt; to check both.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Lizard rasters&lt;/b&gt; and &lt;b&gt;Lizard buildings&lt;/b&gt; docks browse Lizard; the &lt;b&gt;Lizard&lt;/b&gt; group in the Processing toolbox has the same tools for models and qgis_process (set LIZARD_URL and LIZARD_API_KEY there).&lt;/p&gt;&lt;p&gt;Messages and details of any problem are in the log panel, tab &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizard Explorer verbindt QGIS met het water- en klimaatdatawarehouse Lizard.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Web → Lizard → Lizard-instellingen…&lt;/b&gt; stelt uw portaal in (bijvoorbeeld https://demo.lizard.net, dat zonder sleutel openbare data toont) en uw persoonlijke API-sleutel, die in de authenticatiedatabase van QGIS wordt bewaard. Met &lt;b&gt;Verbinding testen&lt;/b&gt; controleert u beide.&lt;/p&gt;&lt;p&gt;De panelen &lt;b&gt;Lizard-rasters&lt;/b&gt; en &lt;b&gt;Lizard-gebouwen&lt;/b&gt; doorzoeken Lizard; de groep &lt;b&gt;Lizard&lt;/b&gt; in de Processing-toolbox heeft dezelfde gereedschappen voor modellen en qgis_process (stel daar LIZARD_URL en LIZARD_API_KEY in).&lt;/p&gt;&lt;p&gt;Meldingen en details van problemen staan in het logpaneel, tabblad &lt;b&gt;Lizard&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="78" />
        <source>No Lizard portal address is set.</source>
        <translation>Er is geen adres van een Lizard-portaal ingesteld.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="84" />
        <source>“{url}” is not a Lizard portal address; use e.g. https://demo.lizard.net.</source>
        <translation>“{url}” is geen adres van een Lizard-portaal; gebruik bijvoorbeeld https://demo.lizard.net.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="148" />
        <source>Lizard answered with something that is not a list of objects.</source>
        <translation>Lizard antwoordde met iets dat geen lijst van objecten is.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="186" />
        <source>Refusing to send your API key over an unencrypted connection to {host}: use https:// for the portal address.</source>
        <translation>Uw API-sleutel wordt niet over een onversleutelde verbinding naar {host} gestuurd: gebruik https:// in het portaaladres.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="334" />
        <source>Could not send the request to Lizard.</source>
        <translation>Het verzoek kon niet naar Lizard worden gestuurd.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="342" />
        <source>The connection to Lizard broke off before the answer was complete.</source>
        <translation>De verbinding met Lizard werd verbroken voordat het antwoord compleet was.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="413" />
        <source>Lizard sent a link to another server ({host}); it was not followed.</source>
        <translation>Lizard stuurde een link naar een andere server ({host}); die is niet gevolgd.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="515" />
        <source>Lizard answered with something that is not JSON; is the portal address right?</source>
        <translation>Lizard antwoordde met iets dat geen JSON is; klopt het portaaladres?</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="553" />
        <source>Lizard did not accept your API key; check it in the Lizard settings.</source>
        <translation>Lizard accepteerde uw API-sleutel niet; controleer hem in de Lizard-instellingen.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="557" />
        <source>Lizard refused the change: your key has no permission for it ({detail}).</source>
        <translation>Lizard weigerde de wijziging: uw sleutel heeft daar geen rechten voor ({detail}).</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="567" />
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="562" />
        <source>Lizard has no such object, or it is not visible with your key.</source>
        <translation>Lizard heeft dit object niet, of het is niet zichtbaar met uw sleutel.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="567" />
        <source>Lizard rejected the request: {detail}</source>
        <translation>Lizard wees het verzoek af: {detail}</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="573" />
        <source>Lizard is receiving too many requests; try again later.</source>
        <translation>Lizard krijgt te veel verzoeken; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="575" />
        <source>Lizard is receiving too many requests; try again in {seconds} seconds.</source>
        <translation>Lizard krijgt te veel verzoeken; probeer het over {seconds} seconden opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="579" />
        <source>Lizard had a problem answering (HTTP {status}); try again later.</source>
        <translation>Lizard had een probleem met antwoorden (HTTP {status}); probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="583" />
        <source>Lizard answered with an unexpected error (HTTP {status}).</source>
        <translation>Lizard antwoordde met een onverwachte fout (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="590" />
        <source>Could not reach Lizard at {host}; check the portal address and your network.</source>
        <translation>Lizard op {host} is niet bereikbaar; controleer het portaaladres en uw netwerk.</translation>
    </message>
    <message>
        <location filename="../core/client.py" line="598" />
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
        <location filename="../core/credentials.py" line="75" />
        <source>The saved Lizard key (authentication config {id}) could not be read; enter it again in the Lizard settings.</source>
        <translation>De opgeslagen Lizard-sleutel (authenticatieconfiguratie {id}) kon niet worden gelezen; voer hem opnieuw in bij de Lizard-instellingen.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="88" />
        <source>The API key is empty.</source>
        <translation>De API-sleutel is leeg.</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="109" />
        <source>The API key could not be saved in the QGIS authentication database.</source>
        <translation>De API-sleutel kon niet in de authenticatiedatabase van QGIS worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="102" />
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="20" />
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="48" />
        <source>with your API key</source>
        <translation>met uw API-sleutel</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="48" />
        <source>anonymously (public data)</source>
        <translation>anoniem (openbare data)</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="49" />
        <source>{portal}, {key}</source>
        <translation>{portal}, {key}</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="56" />
        <source>Lizard rasters</source>
        <translation>Lizard-rasters</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="60" />
        <source>Search by name…</source>
        <translation>Zoeken op naam…</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="64" />
        <source>Raster layers</source>
        <translation>Rasterlagen</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="64" />
        <source>Rastersources</source>
        <translation>Rasterbronnen</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="102" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="114" />
        <source>Searching Lizard</source>
        <translation>Lizard doorzoeken</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="129" />
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="131" />
        <source>{shown} shown of {total}</source>
        <translation>{shown} getoond van {total}</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="136" />
        <source>The search failed.</source>
        <translation>Het zoeken is mislukt.</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="147" />
        <source>Lizard buildings</source>
        <translation>Lizard-gebouwen</translation>
    </message>
    <message>
        <location filename="../ui/docks.py" line="148" />
        <source>Loading buildings for the map extent, a selection or a drawn shape comes in the next version of Lizard Explorer.</source>
        <translation>Gebouwen laden voor het kaartbeeld, een selectie of een getekende vorm komt in de volgende versie van Lizard Explorer.</translation>
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
        <location filename="../processing/check_connection.py" line="49" />
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
        <location filename="../processing/check_connection.py" line="27" />
        <source>Check Lizard connection</source>
        <translation>Lizard-verbinding controleren</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="30" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="36" />
        <source>Checks that the Lizard portal answers and whether it accepts the API key. It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set (useful with qgis_process). Fails when the portal cannot be reached or the key is refused.

Outputs: PORTAL (the portal address), AUTHENTICATED (1 when a key was accepted, 0 when working anonymously), USERNAME, ORGANISATIONS (one per line, with roles) and REPORT (the result in words).</source>
        <translation>Controleert of het Lizard-portaal antwoordt en of het de API-sleutel accepteert. Gebruikt het portaal en de sleutel uit de Lizard-instellingen, of de omgevingsvariabelen LIZARD_URL en LIZARD_API_KEY als die zijn ingesteld (handig met qgis_process). Mislukt als het portaal onbereikbaar is of de sleutel wordt geweigerd.

Uitvoer: PORTAL (het portaaladres), AUTHENTICATED (1 als een sleutel werd geaccepteerd, 0 bij anoniem werken), USERNAME, ORGANISATIONS (één per regel, met rollen) en REPORT (het resultaat in woorden).</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="50" />
        <source>Key accepted</source>
        <translation>Sleutel geaccepteerd</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="51" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="52" />
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../processing/check_connection.py" line="53" />
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../core/credentials.py" line="39" />
        <source>The QGIS authentication database is locked; open the Lizard settings once to unlock it, or set LIZARD_API_KEY.</source>
        <translation>De authenticatiedatabase van QGIS is vergrendeld; open eenmaal de Lizard-instellingen om hem te ontgrendelen, of stel LIZARD_API_KEY in.</translation>
    </message>
</context>
</TS>