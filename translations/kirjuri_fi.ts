<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/about.py" line="+17"/>
        <source>About Kirjuri</source>
        <translation>Tietoja Kirjurista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kirjuri keeps a small business&apos;s customer register and its data-protection requests as the EU General Data Protection Regulation and the Finnish Data Protection Act expect: encrypted, with personal logins and an audit log.</source>
        <translation>Kirjuri pitää pienyrityksen asiakasrekisteriä ja tietosuojapyyntöjä EU:n yleisen tietosuoja-asetuksen ja Suomen tietosuojalain edellyttämällä tavalla: salattuna, henkilökohtaisin käyttäjätunnuksin ja tapahtumalokin kera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register: {path}</source>
        <translation>Rekisteri: {path}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../desktop/ui/admin/page.py" line="+39"/>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Säilytysajat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due for erasure</source>
        <translation>Poistettavat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office server</source>
        <translation>Toimiston palvelin</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+85"/>
        <source>The register was updated for this version of Kirjuri. A copy of it as it was before is kept at {path}.</source>
        <translation>Rekisteri päivitettiin tälle Kirjurin versiolle. Kopio rekisteristä sellaisena kuin se oli ennen päivitystä on tallessa tiedostossa {path}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The last restore of a backup was interrupted before it was finished. Kirjuri finished it now: the register is the restored backup. The register as it was before the restore is kept as a copy in the same folder.</source>
        <translation>Edellinen varmuuskopion palautus keskeytyi ennen kuin se oli valmis. Kirjuri teki sen nyt loppuun: rekisteri on palautettu varmuuskopio. Rekisteri sellaisena kuin se oli ennen palautusta on tallessa kopiona samassa kansiossa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last restore of a backup was interrupted and could not be finished. Kirjuri put the register back as it was before the restore; nothing was lost. You can restore the backup again.</source>
        <translation>Edellinen varmuuskopion palautus keskeytyi, eikä sitä voitu tehdä loppuun. Kirjuri palautti rekisterin sellaiseksi kuin se oli ennen palautusta; mitään ei kadonnut. Voit palauttaa varmuuskopion uudelleen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A restore of a backup was interrupted, and files Kirjuri needs to finish or undo it are missing. The register opened as it is now. Check that customers and requests look right; if they do not, restore the backup again. The file {path} tells whoever helps you what happened.</source>
        <translation>Varmuuskopion palautus keskeytyi, ja tiedostoja, joita Kirjuri tarvitsee sen loppuun tekemiseen tai perumiseen, puuttuu. Rekisteri avattiin sellaisena kuin se nyt on. Tarkista, että asiakkaat ja pyynnöt näyttävät oikeilta; jos eivät, palauta varmuuskopio uudelleen. Tiedostosta {path} näkee, mitä tapahtui, kun pyydät apua.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../desktop/ui/customers/attachments_tab.py" line="+52"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+44"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+0"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+0"/>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add file…</source>
        <translation>Lisää tiedosto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+80"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+14"/>
        <location line="+77"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+8"/>
        <source>Add an attachment</source>
        <translation>Lisää liite</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Asiakirjat ja kuvat (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description (optional)</source>
        <translation>Kuvaus (vapaaehtoinen)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No program was found to open {name}.</source>
        <translation>Tiedoston {name} avaamiseen ei löytynyt ohjelmaa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/ui/requests/attachments.py" line="-3"/>
        <source>Delete the attachment {name}? It cannot be restored.</source>
        <translation>Poistetaanko liite {name}? Sitä ei voi palauttaa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/requests/attachments.py" line="-88"/>
        <source>What</source>
        <translation>Mikä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach the scanned original…</source>
        <translation>Liitä skannattu alkuperäinen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an ID copy…</source>
        <translation>Liitä henkilöllisyystodistuksen kopio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if a copy had to be taken. It is deleted when the request closes.</source>
        <translation>Vain jos kopio oli pakko ottaa. Se poistetaan, kun pyyntö suljetaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Tallenna kopio…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies of identity documents are deleted when the request closes; the scanned original is kept with the request.</source>
        <translation>Henkilöllisyystodistusten kopiot poistetaan, kun pyyntö suljetaan; skannattu alkuperäinen säilytetään pyynnön mukana.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ID copy — will be deleted when the request closes</source>
        <translation>Henkilöllisyystodistuksen kopio — poistetaan, kun pyyntö suljetaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned original</source>
        <translation>Skannattu alkuperäinen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach an ID copy</source>
        <translation>Liitä henkilöllisyystodistuksen kopio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach a file</source>
        <translation>Liitä tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and documents</source>
        <translation>Skannaukset ja asiakirjat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save a copy</source>
        <translation>Tallenna kopio</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/admin/audit_tab.py" line="+230"/>
        <source>Who has viewed this customer</source>
        <translation>Ketkä ovat katsoneet asiakkaan tietoja</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../desktop/ui/models/audit_names.py" line="+30"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned signature</source>
        <translation>Skannattu allekirjoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate</source>
        <translation>Allekirjoitusvarmenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person for data protection</source>
        <translation>Tietosuoja-asioiden yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a web site</source>
        <translation>Verkkosivusto on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web site</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds of request</source>
        <translation>Pyynnön lajit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of an identity document</source>
        <translation>Henkilöllisyystodistuksen kopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the extension</source>
        <translation>Jatkamisen syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description handed out</source>
        <translation>Rekisteriseloste annettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record</source>
        <translation>Yhdistetty tietue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of contact</source>
        <translation>Yhteydenoton aika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Tilauspäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Laskun numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the financial period</source>
        <translation>Tilikauden päättyminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Anonymisoitu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Käännökset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional sections</source>
        <translation>Lisäkohdat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics of merged sections</source>
        <translation>Yhdistettyjen osioiden aiheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-date translations printed in Finnish</source>
        <translation>Vanhentuneet käännökset tulostettu suomeksi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finnish text translated</source>
        <translation>Käännetty suomenkielinen teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish text a translation was made from</source>
        <translation>Suomenkielinen teksti, josta käännös tehtiin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal ground</source>
        <translation>Oikeudellinen peruste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure</source>
        <translation>Luovutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of processing</source>
        <translation>Käsittelyn tarkoitus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field concerned</source>
        <translation>Tieto, jota lausuma koskee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplementary statement</source>
        <translation>Täydentävä lausuma</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n tietue</numerusform>
            <numerusform>%n tietuetta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../desktop/ui/models/audit_model.py" line="+18"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer {number}</source>
        <translation>Asiakas {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (erased)</source>
        <translation>Asiakas (poistettu)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Logged in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Kirjautui ulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Lukitsi ikkunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login</source>
        <translation>Epäonnistunut kirjautuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login refused</source>
        <translation>Kirjautuminen estetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <translation>Lukitus avattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Asetuksia muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rules changed</source>
        <translation>Säilytysaikoja muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure batch (retention)</source>
        <translation>Poistoerä (säilytysaika päättynyt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased (retention ended)</source>
        <translation>Poistettu (säilytysaika päättynyt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised (retention ended)</source>
        <translation>Anonymisoitu (säilytysaika päättynyt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact deleted (retention ended)</source>
        <translation>Yhteydenotto poistettu (säilytysaika päättynyt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment deleted (retention ended)</source>
        <translation>Liite poistettu (säilytysaika päättynyt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order deleted (retention ended)</source>
        <translation>Tilaus poistettu (säilytysaika päättynyt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased on request</source>
        <translation>Poistettu pyynnöstä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised on request</source>
        <translation>Anonymisoitu pyynnöstä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers exported</source>
        <translation>Asiakkaita viety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers imported</source>
        <translation>Asiakkaita tuotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address labels printed</source>
        <translation>Osoitetarroja tulostettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation>Tapahtumaloki viety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register created</source>
        <translation>Rekisteri luotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted restore put right on opening</source>
        <translation>Keskeytynyt palautus korjattu avattaessa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business details entered</source>
        <translation>Yrityksen tiedot syötetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business details changed</source>
        <translation>Yrityksen tietoja muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description saved</source>
        <translation>Rekisteriseloste tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy statement published</source>
        <translation>Tietosuojaseloste julkaistu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request logged</source>
        <translation>Pyyntö kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request status changed</source>
        <translation>Pyynnön tila muuttunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>Käyttäjä lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User changed</source>
        <translation>Käyttäjää muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User removed</source>
        <translation>Käyttäjä poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Salasana vaihdettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Salasana asetettu uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key made</source>
        <translation>Uusi palautusavain tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data extract made</source>
        <translation>Tietoote tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Varmuuskopio tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s data printed</source>
        <translation>Asiakkaan tiedot tulostettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified on request</source>
        <translation>Oikaistu pyynnöstä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data added</source>
        <translation>Esimerkkitiedot lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register moved to the server</source>
        <translation>Rekisteri siirretty palvelimelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register moved here from a file</source>
        <translation>Rekisteri siirretty tänne tiedostosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register exported to a file</source>
        <translation>Rekisteri viety tiedostoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register exported here from the server</source>
        <translation>Rekisteri viety tänne palvelimelta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter drafted</source>
        <translation>Kirjeluonnos tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft edited</source>
        <translation>Kirjeluonnosta muokattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft discarded</source>
        <translation>Kirjeluonnos hylätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter signed</source>
        <translation>Kirje allekirjoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter printed</source>
        <translation>Kirje tulostettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter saved as PDF</source>
        <translation>Kirje tallennettu PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter marked as sent</source>
        <translation>Kirje merkitty lähetetyksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF signed digitally</source>
        <translation>PDF allekirjoitettu sähköisesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy saved</source>
        <translation>Siirrettävä kopio tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password letter printed</source>
        <translation>Salasanakirje tulostettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused</source>
        <translation>Oikaisuvaatimus evätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register restored from a backup</source>
        <translation>Rekisteri palautettu varmuuskopiosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached to a request</source>
        <translation>Tiedosto liitetty pyyntöön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request attachment opened</source>
        <translation>Pyynnön liite avattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request attachment deleted</source>
        <translation>Pyynnön liite poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request closed: copies removed</source>
        <translation>Pyyntö suljettu: kopiot poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request deadline extended</source>
        <translation>Pyynnön määräaikaa jatkettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s identity checked</source>
        <translation>Pyytäjän henkilöllisyys tarkistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned signature saved</source>
        <translation>Skannattu allekirjoitus tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate set</source>
        <translation>Allekirjoitusvarmenne otettu käyttöön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate removed</source>
        <translation>Allekirjoitusvarmenne poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description handed out</source>
        <translation>Rekisteriseloste annettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log does not match its anchor (possible tampering)</source>
        <translation>Tapahtumaloki ei vastaa ankkuriaan (mahdollinen peukalointi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login refused: user changed outside Kirjuri</source>
        <translation>Kirjautuminen estetty: käyttäjää muutettu Kirjurin ulkopuolella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main users&apos; signing key made</source>
        <translation>Pääkäyttäjien allekirjoitusavain luotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure recorded</source>
        <translation>Luovutus kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Ratkaisu kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check overridden by the main user</source>
        <translation>Pääkäyttäjä ohitti henkilöllisyyden tarkistuksen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifting of a restriction planned</source>
        <translation>Käsittelyn rajoituksen poistaminen suunniteltu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Käsittely kielletty (vastustaminen hyväksytty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplementary statement recorded (Art. 16)</source>
        <translation>Täydentävä lausuma kirjattu (16 artikla)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests erased (retention ended)</source>
        <translation>Suljetut pyynnöt poistettu (säilytysaika päättyi)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Säilytysajat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description</source>
        <translation>Rekisterin kuvaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Varmuuskopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, version {version}</source>
        <translation>{name}, versio {version}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../desktop/ui/admin/audit_tab.py" line="-191"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action code</source>
        <translation>Tapahtumakoodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Tietueen laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Tietueen tunniste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export as CSV…</source>
        <translation>Vie CSV-tiedostoon…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log names who did what and which fields changed, never the values.</source>
        <translation>Lokiin kirjataan, kuka teki mitä ja mitkä kentät muuttuivat, ei koskaan kenttien arvoja.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All users</source>
        <translation>Kaikki käyttäjät</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>Kaikki tapahtumat</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The log is intact: all %n entries check out against their hashes.</source>
        <translation>
            <numerusform>Loki on eheä: kaikki %n merkintä täsmää tarkistesummiinsa.</numerusform>
            <numerusform>Loki on eheä: kaikki %n merkintää täsmäävät tarkistesummiinsa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log has been changed outside Kirjuri: the chain breaks at entry {entry}. Entries before it check out ({count}). Keep the backups and find out who had access to the register file.</source>
        <translation>Lokia on muutettu Kirjurin ulkopuolella: ketju katkeaa merkinnän {entry} kohdalla. Sitä edeltävät merkinnät ({count}) täsmäävät. Säilytä varmuuskopiot ja selvitä, kenellä on ollut pääsy rekisteritiedostoon.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customer has this number.</source>
        <translation>Tällä numerolla ei ole asiakasta.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the audit log</source>
        <translation>Vie tapahtumaloki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit-log.csv</source>
        <translation>tapahtumaloki.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entries were written to {path}.</source>
        <translation>
            <numerusform>%n merkintä kirjoitettiin tiedostoon {path}.</numerusform>
            <numerusform>%n merkintää kirjoitettiin tiedostoon {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../desktop/store/backup_format.py" line="+49"/>
        <source>This is not a Kirjuri backup (no manifest.json).</source>
        <translation>Tämä ei ole Kirjurin varmuuskopio (manifest.json puuttuu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup&apos;s manifest is damaged or of another format.</source>
        <translation>Varmuuskopion sisällysluettelo on vioittunut tai eri muotoa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was made by a newer version of Kirjuri (format {version}).</source>
        <translation>Varmuuskopio on tehty Kirjurin uudemmalla versiolla (muoto {version}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} is missing from the backup.</source>
        <translation>Tiedosto {name} puuttuu varmuuskopiosta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is cut short: {size} of {expected} bytes.</source>
        <translation>Tiedosto {name} on katkennut: {size}/{expected} tavua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} has the wrong size: {size} bytes, expected {expected}.</source>
        <translation>Tiedoston {name} koko on väärä: {size} tavua, odotettiin {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} is damaged: its SHA-256 checksum differs from the manifest.</source>
        <translation>Tiedosto {name} on vioittunut: sen SHA-256-tarkistussumma poikkeaa sisällysluettelosta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file in the backup cannot be read.</source>
        <translation>Varmuuskopion avaintiedostoa ei voi lukea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file in the backup belongs to another register.</source>
        <translation>Varmuuskopion avaintiedosto kuuluu toiseen rekisteriin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database check {check} found a problem: {detail}</source>
        <translation>Tietokannan tarkistus {check} löysi virheen: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table {table} has {count} rows, the manifest says {expected}.</source>
        <translation>Taulussa {table} on {count} riviä, sisällysluettelon mukaan {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database in the backup cannot be read: {detail}</source>
        <translation>Varmuuskopion tietokantaa ei voi lukea: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log in the backup does not end where the manifest says it did.</source>
        <translation>Varmuuskopion tapahtumaloki ei pääty siihen, mihin luettelo (manifest) sanoo sen päättyneen.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../desktop/ui/backup/dialog.py" line="+55"/>
        <source>Back up the register</source>
        <translation>Rekisterin varmuuskopiointi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is encrypted like the register: it opens only with a user&apos;s password or the recovery key. Keep the drive somewhere else than the computer.</source>
        <translation>Varmuuskopio on salattu kuten rekisterikin: sen saa auki vain käyttäjän salasanalla tai palautusavaimella. Säilytä asemaa muualla kuin tietokoneen luona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No USB stick or other removable drive found. Plug one in or choose a folder.</source>
        <translation>USB-muistia tai muuta irrotettavaa asemaa ei löytynyt. Liitä sellainen koneeseen tai valitse kansio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>Etsi uudelleen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up</source>
        <translation>Varmuuskopioi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drives</source>
        <translation>Asemat</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the folder for the backup</source>
        <translation>Valitse kansio varmuuskopiolle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a drive or a folder.</source>
        <translation>Valitse asema tai kansio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup goes to: {folder}</source>
        <translation>Varmuuskopio tallennetaan kohteeseen: {folder}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copying the register…</source>
        <translation>Rekisteriä kopioidaan…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the backup by reading it back…</source>
        <translation>Varmuuskopio tarkistetaan lukemalla se takaisin…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done. The backup was made and checked: {path}</source>
        <translation>Valmis. Varmuuskopio on tehty ja tarkistettu: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} older backup(s) were removed from the drive; the newest {keep} are kept.</source>
        <translation>Asemalta poistettiin vanhempia varmuuskopioita ({count} kpl); uusimmat {keep} säilytetään.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+128"/>
        <source>Your business</source>
        <translation>Yrityksesi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The business that keeps the register. It appears on letters and statements.</source>
        <translation>Rekisterinpitäjänä toimiva yritys. Sen tiedot näkyvät kirjeissä ja tietosuojaselosteessa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../desktop/ui/admin/business_tab.py" line="+28"/>
        <source>Business name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/change_password.py" line="+27"/>
        <source>Change my password</source>
        <translation>Vaihda salasanani</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password</source>
        <translation>Nykyinen salasana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password again</source>
        <translation>Uusi salasana uudelleen</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../desktop/core/statement_checklist.py" line="+39"/>
        <source>Who the controller is, and how to reach them</source>
        <translation>Kuka on rekisterinpitäjä ja miten siihen saa yhteyden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data protection officer&apos;s contact details</source>
        <translation>Tietosuojavastaavan yhteystiedot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The purposes of processing</source>
        <translation>Käsittelyn tarkoitukset</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The legal basis of processing</source>
        <translation>Käsittelyn oikeusperuste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legitimate interests pursued</source>
        <translation>Oikeutetut edut, joihin käsittely perustuu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recipients of the data</source>
        <translation>Tietojen vastaanottajat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Siirrot EU:n tai ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long the data is kept</source>
        <translation>Kuinka kauan tietoja säilytetään</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data subject&apos;s rights</source>
        <translation>Rekisteröidyn oikeudet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right to withdraw consent</source>
        <translation>Oikeus peruuttaa suostumus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The right to complain to the supervisory authority</source>
        <translation>Oikeus tehdä valitus valvontaviranomaiselle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether giving the data is required by law or contract, and what follows if not</source>
        <translation>Onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus, ja mitä seuraa, jos niitä ei anneta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automated decisions and profiling</source>
        <translation>Automaattiset päätökset ja profilointi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The categories of personal data</source>
        <translation>Henkilötietoryhmät</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the data comes from</source>
        <translation>Mistä tiedot saadaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cookies section is the template&apos;s text. Say whether the business has a web site and what it uses there, or empty the section.</source>
        <translation>Evästeosio on mallipohjan tekstiä. Kerro, onko yrityksellä verkkosivusto ja mitä siellä käytetään, tai tyhjennä osio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address where requests can be made in person has no street address: write it in &quot;How to use the rights&quot;.</source>
        <translation>Osoitteessa, jossa pyynnöt voi tehdä henkilökohtaisesti, ei ole katuosoitetta: kirjoita se kohtaan &quot;Oikeuksien käyttäminen&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact person is the business itself: name a person or a role, and how to reach them.</source>
        <translation>Yhteyshenkilönä on yritys itse: nimeä henkilö tai tehtävä ja kerro, miten hänet tavoittaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recipient is outside the EU/EEA ({countries}), but the statement says that no data is transferred there.</source>
        <translation>Vastaanottaja on EU:n tai ETA:n ulkopuolella ({countries}), mutta selosteen mukaan tietoja ei siirretä sinne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analytics or tracking is named in &quot;{named}&quot;, but &quot;{denied}&quot; says there is none. Make the sections agree.</source>
        <translation>Analytiikka tai seuranta mainitaan kohdassa &quot;{named}&quot;, mutta kohdan &quot;{denied}&quot; mukaan sitä ei ole. Korjaa kohdat yhtäpitäviksi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{section}&quot; keeps order, invoice or accounting data for {period}: less than the Accounting Act requires (vouchers 6 years, the books 10 years; KPL 2:10).</source>
        <translation>Kohdan &quot;{section}&quot; mukaan tilaus-, lasku- tai kirjanpitotietoja säilytetään {period}: lyhyemmän ajan kuin kirjanpitolaki edellyttää (tositteet 6 vuotta, kirjanpitokirjat 10 vuotta; KPL 2:10).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../desktop/ui/statement/checklist_panel.py" line="+23"/>
        <location line="+24"/>
        <source>Art. 13 checklist</source>
        <translation>13 artiklan tarkistuslista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: {count}</source>
        <translation>varoituksia: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In: {sections}</source>
        <translation>Osiossa: {sections}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing from the statement</source>
        <translation>Puuttuu selosteesta</translation>
    </message>
</context>
<context>
    <name>ChooseBackupPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+71"/>
        <source>Choose the backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups found on the drives are listed, newest first. Or choose a folder.</source>
        <translation>Asemilta löytyneet varmuuskopiot näkyvät luettelossa uusin ensin. Voit myös valita kansion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backups found on the drives. Plug in the drive or choose the folder.</source>
        <translation>Asemilta ei löytynyt varmuuskopioita. Liitä varmuuskopioasema koneeseen tai valitse kansio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the folder of the backups</source>
        <translation>Valitse varmuuskopioiden kansio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time} · {customers} customers · {path}</source>
        <translation>{time} · {customers} asiakasta · {path}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This backup cannot be used:</source>
        <translation>Tätä varmuuskopiota ei voi käyttää:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli/common.py" line="+36"/>
        <source>Created the register {path}</source>
        <translation>Rekisteri luotiin: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main user: {username}</source>
        <translation>Pääkäyttäjä: {username}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/main.py" line="+53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema revision {revision}, {entries} audit entries, audit chain intact</source>
        <translation>tietokannan versio {revision}, tapahtumalokin merkintöjä {entries}, lokiketju ehjä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} problem(s) found in {path}</source>
        <translation>rekisteristä {path} löytyi ongelmia: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/common.py" line="-9"/>
        <source>Password: </source>
        <translation>Salasana: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again: </source>
        <translation>Salasana uudelleen: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {username}: </source>
        <translation>Käyttäjän {username} salasana: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>keskeytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error ({type}). Details are in the log file.</source>
        <translation>odottamaton virhe ({type}). Tarkemmat tiedot ovat lokitiedostossa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key (shown only this once):

    {key}

Print it or write it down and keep it in a safe. If every password is lost, it is the only
way into the register. Kirjuri does not keep a copy.</source>
        <translation>Palautusavain (näytetään vain tämän kerran):

    {key}

Tulosta se tai kirjoita se muistiin ja säilytä sitä kassakaapissa. Jos kaikki salasanat
katoavat, se on ainoa tapa päästä rekisteriin. Kirjuri ei säilytä siitä kopiota.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/demo.py" line="+26"/>
        <source>This is a demo register: the people in it are made up. Keep your own register apart.</source>
        <translation>Tämä on esittelyrekisteri: sen henkilöt ovat keksittyjä. Pidä oma rekisterisi erillään.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data: {percent} % ({done} of {total} customers)</source>
        <translation>Esittelytiedot: {percent} % ({done}/{total} asiakasta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {customers} made-up customers and {events} contact events to {path}</source>
        <translation>Rekisteriin {path} lisättiin keksittyjä asiakkaita {customers} ja yhteydenottoja {events}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup.py" line="+25"/>
        <source>Backup made and verified: {path}</source>
        <translation>Varmuuskopio tehty ja tarkistettu: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {count} older backup(s) from the drive to keep the newest {keep}.</source>
        <translation>Asemalta poistettiin vanhempia varmuuskopioita ({count} kpl), jotta uusimmat {keep} säilyvät.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the backup of {time} is whole ({customers} customers; database checks passed)</source>
        <translation>OK: varmuuskopio ajalta {time} on eheä ({customers} asiakasta; tietokannan tarkistukset läpäisty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the backup of {time} is whole as far as can be seen without a password (manifest, sizes and SHA-256 checksums). Give --password-stdin to check the database inside too.</source>
        <translation>OK: varmuuskopio ajalta {time} on eheä sen osalta, mitä ilman salasanaa voi tarkistaa (sisällysluettelo, koot ja SHA-256-tarkistussummat). Anna --password-stdin, niin myös sen sisällä oleva tietokanta tarkistetaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is not whole:</source>
        <translation>Varmuuskopio {path} ei ole eheä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the register {path} from the backup of {time} ({customers} customers).</source>
        <translation>Rekisteri {path} palautettiin varmuuskopiosta ajalta {time} ({customers} asiakasta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register as it was before is kept at {path}</source>
        <translation>Aiempi rekisteri on tallessa kohteessa {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key: </source>
        <translation>Palautusavain: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup of {time} into {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</source>
        <translation>Varmuuskopio ajalta {time} palautettu palvelimelle {address}: {rows} riviä {tables} taulussa, {files} arkistoitua PDF-tiedostoa ja liitettä, {entries} tapahtumalokin merkintää. Jokainen määrä, jokainen SHA-256-tiiviste ja lokiketju täsmäsivät. Palvelimen rekisteri avautuu avaintiedostolla {keys}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/statement.py" line="+25"/>
        <source>Wrote the privacy statement (version {version}, {lang}, {format}) to {path}</source>
        <translation>Kirjoitettiin tietosuojaseloste (versio {version}, {lang}, {format}) tiedostoon {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the privacy statement ({lang}, {format}) to {path}. It is made from the template: no register description has been saved yet (Register description page).</source>
        <translation>Kirjoitettiin tietosuojaseloste ({lang}, {format}) tiedostoon {path}. Se on tehty mallipohjasta: rekisterin kuvausta ei ole vielä tallennettu (Rekisterin kuvaus -sivu).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {sections} sections from {path} as version {version} of the register description.</source>
        <translation>Tuotiin {sections} osiota tiedostosta {path} rekisteriselosteen versioksi {version}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: these paragraphs could not be placed in a section. Give --leave-out-unplaced or --unplaced-to-introduction after checking them:</source>
        <translation>Mitään ei tallennettu: näitä kappaleita ei voitu sijoittaa mihinkään osioon. Tarkista ne ja anna --leave-out-unplaced tai --unplaced-to-introduction:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the statement lacks what the law requires in it:</source>
        <translation>Mitään ei tallennettu: selosteesta puuttuu se, mitä laki siinä edellyttää:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {sections} sections from {path} as the {language} texts of the statement, version {version} of the register description.</source>
        <translation>Tuotiin {sections} osiota tiedostosta {path} selosteen teksteiksi {language} kielellä, rekisteriselosteen versioksi {version}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: there is no saved Finnish statement to put the {language} texts in. Import or save the Finnish statement first.</source>
        <translation>Mitään ei tallennettu: tallennettua suomenkielistä selostetta, johon tekstit {language} kielellä liitettäisiin, ei ole. Tuo tai tallenna ensin suomenkielinen seloste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the file has {found} sections, the Finnish statement {expected}. The {language} statement is matched to the Finnish one section by section, in order:</source>
        <translation>Mitään ei tallennettu: tiedostossa on {found} osiota, suomenkielisessä selosteessa {expected}. Seloste {language} kielellä liitetään suomenkieliseen osio osiolta samassa järjestyksessä:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still without a current {language} text (translate them in the editor): {names}</source>
        <translation>Yhä ilman ajantasaista tekstiä {language} kielellä (käännä ne muokkaimessa): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first version keeps the date written in the statement: {date}.</source>
        <translation>Ensimmäinen versio säilyttää selosteeseen kirjoitetun päivämäärän: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {text}</source>
        <translation>Varoitus: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish</source>
        <translation>ruotsin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>englannin</translation>
    </message>
    <message>
        <location filename="../desktop/cli/files.py" line="+33"/>
        <source>Contacts in the file: {contacts}; imported {imported} (with a flagged value {flagged}), rejected {rejected}, unreadable {unreadable}. Added {added}, left out {skipped}.</source>
        <translation>Yhteystietoja tiedostossa: {contacts}; tuotavia {imported} (joista huomioitavia {flagged}), hylättyjä {rejected}, lukukelvottomia {unreadable}. Lisättiin {added}, jätettiin pois {skipped}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was written to the register.</source>
        <translation>Kokeiluajo: rekisteriin ei kirjoitettu mitään.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} customers to {path}</source>
        <translation>Vietiin {count} asiakasta tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/common.py" line="-7"/>
        <source>Password of the server&apos;s administrator (Enter: from PGPASSWORD or ~/.pgpass): </source>
        <translation>Palvelimen ylläpitäjän salasana (Enter: PGPASSWORD tai ~/.pgpass): </translation>
    </message>
    <message>
        <location filename="../desktop/cli/server.py" line="+29"/>
        <source>Copying: {percent} % ({table})</source>
        <translation>Kopioidaan: {percent} % ({table})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the register to {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Rekisteri siirretty palvelimelle {address}: {rows} riviä {tables} taulussa, {files} arkistoitua PDF-tiedostoa ja liitettä, {entries} tapahtumalokin merkintää, {seconds} s. Jokainen määrä, jokainen SHA-256-tiiviste ja lokiketju täsmäsivät.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is kept, read-only. The register on the server opens with the key file {keys} and the same passwords.</source>
        <translation>Tiedosto {path} säilytetään vain luettavana. Palvelimen rekisteri avautuu avaintiedostolla {keys} ja samoilla salasanoilla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the register from the server into {path}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Rekisteri viety palvelimelta tiedostoon {path}: {rows} riviä {tables} taulussa, {files} arkistoitua PDF-tiedostoa ja liitettä, {entries} tapahtumalokin merkintää, {seconds} s. Jokainen määrä, jokainen SHA-256-tiiviste ja lokiketju täsmäsivät.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+94"/>
        <source>Restore the register</source>
        <translation>Rekisterin palautus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what happens before you restore.</source>
        <translation>Tarkista, mitä palautus tekee, ennen kuin jatkat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register on this computer will be replaced with the backup of {time} ({customers} customers). Whatever was saved after that is not in the backup.

The register as it is now is kept as a copy beside it, so nothing is lost.</source>
        <translation>Tämän tietokoneen rekisteri korvataan varmuuskopiolla ajalta {time} ({customers} asiakasta). Sen jälkeen tallennetut tiedot eivät ole varmuuskopiossa.

Nykyinen rekisteri säilytetään kopiona sen vieressä, joten mitään ei menetetä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup of {time} ({customers} customers) becomes the register on this computer. Afterwards everyone logs in with the passwords they had then.</source>
        <translation>Varmuuskopiosta ajalta {time} ({customers} asiakasta) tulee tämän tietokoneen rekisteri. Sen jälkeen kaikki kirjautuvat silloin voimassa olleilla salasanoillaan.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/ui/customers/conflict.py" line="+73"/>
        <source>Changed by someone else</source>
        <translation>Toinen käyttäjä muutti asiakasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed since you opened it: {fields}.</source>
        <translation>Muutettu sen jälkeen, kun avasit asiakkaan: {fields}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours (not saved)</source>
        <translation>Sinun (ei tallennettu)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved)</source>
        <translation>Toisen (tallennettu)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reload (your changes are lost)</source>
        <translation>Lataa uudelleen (muutoksesi menetetään)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vertaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Jatka muokkaamista</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../desktop/ui/customers/consents_tab.py" line="+187"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: signed form in the attachments, phone call 3.2.2026</source>
        <translation>Esimerkiksi: allekirjoitettu lomake liitteissä, puhelu 3.2.2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Päätöspäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Todiste</translation>
    </message>
</context>
<context>
    <name>ConsentKindsDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="+142"/>
        <source>Choose at least one.</source>
        <translation>Valitse vähintään yksi.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../desktop/ui/customers/consents_tab.py" line="-148"/>
        <source>Now in force</source>
        <translation>Voimassa nyt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Päätöspäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Todiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Käsittely kielletty (vastustaminen hyväksytty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History (entries are never changed, only added)</source>
        <translation>Historia (merkintöjä ei koskaan muuteta, vain lisätään)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{purpose}: prohibited since {date} (request {diary})</source>
        <translation>{purpose}: kielletty {date} alkaen (pyyntö {diary})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not asked</source>
        <translation>Ei kysytty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state} {date}</source>
        <translation>{state} {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>may be used</source>
        <translation>saa käyttää</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may not be used</source>
        <translation>ei saa käyttää</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desktop/ui/customers/contact_history_tab.py" line="+134"/>
        <source>Add contact</source>
        <translation>Lisää yhteydenotto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What about</source>
        <translation>Asia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Käsittelijä</translation>
    </message>
</context>
<context>
    <name>ContactHistoryTab</name>
    <message>
        <location line="-101"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What about</source>
        <translation>Asia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled by</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show older</source>
        <translation>Näytä vanhemmat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add contact…</source>
        <translation>Lisää yhteydenotto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the selected contact?</source>
        <translation>Poistetaanko valittu yhteydenotto?</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="+176"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add address</source>
        <translation>Lisää osoite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add phone number</source>
        <translation>Lisää puhelinnumero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add email address</source>
        <translation>Lisää sähköpostiosoite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses</source>
        <translation>Osoitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/crash.py" line="+30"/>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjuri ran into an error it did not expect. Your saved data is safe: what was being saved when this happened was either saved whole or not at all.

If this keeps happening, copy the report below and send it to support. It holds no names or other personal data.</source>
        <translation>Kirjurissa tapahtui odottamaton virhe. Tallennetut tietosi ovat tallessa: se, mitä oltiin tallentamassa virheen sattuessa, tallentui joko kokonaan tai ei lainkaan.

Jos virhe toistuu, kopioi alla oleva raportti ja lähetä se tukipalveluun. Raportissa ei ole nimiä eikä muita henkilötietoja.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy report</source>
        <translation>Kopioi raportti</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../desktop/ui/customers/editor.py" line="+118"/>
        <source>Restrict processing…</source>
        <translation>Rajoita käsittelyä…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Lift restriction</source>
        <translation>Poista rajoitus</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Print data extract…</source>
        <translation>Tulosta tietoote…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything the register holds on this customer, as a PDF to print or save.</source>
        <translation>Kaikki rekisterin tiedot tästä asiakkaasta PDF-tiedostona tulostettavaksi tai tallennettavaksi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give privacy statement…</source>
        <translation>Anna tietosuojaseloste…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Consents, contact history, orders and attachments can be added once the customer is saved.</source>
        <translation>Suostumuksia, yhteydenottoja, tilauksia ja liitteitä voi lisätä, kun asiakas on tallennettu.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · customer {number}</source>
        <translation>{name} · asiakas {number}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloaded: the customer as it is saved now.</source>
        <translation>Ladattu uudelleen: asiakas sellaisena kuin se nyt on tallennettu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved yet. Their changes are in the form; yours are kept.</source>
        <translation>Ei vielä tallennettu. Toisen tekemät muutokset ovat nyt lomakkeella, ja omasi on säilytetty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet. You both changed {fields}: yours is shown, check it before saving.</source>
        <translation>Ei vielä tallennettu. Muutitte molemmat näitä tietoja: {fields}. Lomakkeella näkyy sinun versiosi; tarkista se ennen tallentamista.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lift the restriction of processing for {name}? Their data may then be used again as before.</source>
        <translation>Poistetaanko asiakkaan {name} käsittelyn rajoitus? Hänen tietojaan voidaan sen jälkeen taas käyttää kuten ennenkin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this customer are not saved. Save them now?</source>
        <translation>Tämän asiakkaan muutoksia ei ole tallennettu. Tallennetaanko ne nyt?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} (customer {number}): {reasons}</source>
        <translation>{name} (asiakas {number}): {reasons}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Possible duplicate</source>
        <translation>Mahdollinen kaksoiskirjaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer may already be in the register:</source>
        <translation>Tämä asiakas saattaa olla jo rekisterissä:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create anyway</source>
        <translation>Luo silti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open existing</source>
        <translation>Avaa olemassa oleva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/record_tabs.py" line="+20"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact history</source>
        <translation>Yhteydenottohistoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disclosures</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Muutoshistoria</translation>
    </message>
</context>
<context>
    <name>CustomerFieldNames</name>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="+27"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer level</source>
        <translation>Asiakastaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Asiakkuus alkoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer until</source>
        <translation>Asiakkuus päättyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the data</source>
        <translation>Tietojen lähde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Osoitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Asiakasryhmät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Omat kentät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for restriction</source>
        <translation>Rajoittamisen syy</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <location filename="../desktop/core/customer_fields.py" line="+81"/>
        <source>Prospect</source>
        <translation>Mahdollinen asiakas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Koti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landline</source>
        <translation>Lankapuhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer</source>
        <translation>Asiakas itse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Verkkolomake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public register</source>
        <translation>Julkinen rekisteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Yhteistyökumppani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-protection request</source>
        <translation>Tietosuojapyyntö</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct marketing by post</source>
        <translation>Suoramarkkinointi postitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by email</source>
        <translation>Suoramarkkinointi sähköpostitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by phone</source>
        <translation>Suoramarkkinointi puhelimitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by SMS</source>
        <translation>Suoramarkkinointi tekstiviestillä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling and segmentation</source>
        <translation>Profilointi ja asiakasryhmittely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure to partners for marketing</source>
        <translation>Tietojen luovutus yhteistyökumppaneille markkinointia varten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newsletter</source>
        <translation>Uutiskirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Muistutukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication in mailing lists</source>
        <translation>Julkaisu postituslistoilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed</source>
        <translation>Sallittu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prohibited</source>
        <translation>Kielletty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="+26"/>
        <source>(erased)</source>
        <translation>(poistettu)</translation>
    </message>
</context>
<context>
    <name>CustomerFilters</name>
    <message>
        <location filename="../desktop/ui/customers/filters.py" line="+18"/>
        <source>post</source>
        <translation>postitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>sähköpostitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>puhelimitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>tekstiviestillä</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Asiakasryhmä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All segments</source>
        <translation>Kaikki asiakasryhmät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not filtered</source>
        <translation>ei rajausta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any channel</source>
        <translation>millä tahansa kanavalla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted and others</source>
        <translation>Rajoitetut ja muut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only restricted</source>
        <translation>Vain rajoitetut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide restricted</source>
        <translation>Piilota rajoitetut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers whose processing is restricted</source>
        <translation>Asiakkaat, joiden tietojen käsittelyä on rajoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has open requests</source>
        <translation>Avoimia pyyntöjä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with a data-protection request not yet answered</source>
        <translation>Asiakkaat, joiden tietosuojapyyntöön ei ole vielä vastattu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing allowed on</source>
        <translation>Markkinointi sallittu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every customer again</source>
        <translation>Näytä taas kaikki asiakkaat</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="-22"/>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Avattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted; anonymised record kept for the accounts</source>
        <translation>Poistettu; anonymisoitu tietue säilytetään kirjanpitoa varten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted</source>
        <translation>Käsittelyä rajoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction lifted</source>
        <translation>Rajoitus poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent or ban recorded</source>
        <translation>Suostumus tai kielto kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact added</source>
        <translation>Yhteydenotto lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact deleted</source>
        <translation>Yhteydenotto poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order added</source>
        <translation>Tilaus lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order changed</source>
        <translation>Tilausta muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order deleted</source>
        <translation>Tilaus poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment added</source>
        <translation>Liite lisätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment opened</source>
        <translation>Liite avattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment deleted</source>
        <translation>Liite poistettu</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../desktop/ui/models/customers_model.py" line="+26"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted</source>
        <translation>Rajoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted: not used for marketing or exports.</source>
        <translation>Käsittelyä rajoitettu: tietoja ei käytetä markkinointiin eikä tietojen vientiin.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../desktop/ui/customers/page.py" line="+84"/>
        <source>Search by name, email, phone, address or customer number</source>
        <translation>Hae nimellä, sähköpostilla, puhelinnumerolla, osoitteella tai asiakasnumerolla</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Find</source>
        <translation>Hae</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Uusi asiakas (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge duplicates…</source>
        <translation>Yhdistä kaksoiskirjaukset…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the two records of the same person first.</source>
        <translation>Valitse ensin kaksi asiakasta, jotka ovat sama henkilö.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print labels…</source>
        <translation>Tulosta osoitetarrat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address labels for the customers listed now</source>
        <translation>Osoitetarrat luettelossa nyt näkyville asiakkaille</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard/page.py" line="+203"/>
        <source>Business</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Roolisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up now…</source>
        <translation>Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review…</source>
        <translation>Tarkastele…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 7 days</source>
        <translation>Erääntyy 7 päivän kuluessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due later</source>
        <translation>Erääntyy myöhemmin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for identification</source>
        <translation>Odottaa tunnistamista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension notice not sent</source>
        <translation>Pidennyksestä ei ole ilmoitettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time was extended, but the person has not been told yet. The notice, with its reasons, is due within one month of receipt (Art. 12(3)): the date shown.</source>
        <translation>Määräaikaa on pidennetty, mutta henkilölle ei ole vielä ilmoitettu. Ilmoitus syineen on annettava kuukauden kuluessa pyynnön saapumisesta (12 artiklan 3 kohta): näytetty päivä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extended, refusal due</source>
        <translation>Epäämisen määräaika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extended requests without a decision. A refusal must be sent within one month of receipt, also when the time was extended (Art. 12(4)): the date shown.</source>
        <translation>Pidennetyt pyynnöt, joista ei ole vielä ratkaisua. Epäämisestä on ilmoitettava kuukauden kuluessa pyynnön saapumisesta myös silloin, kun määräaikaa on pidennetty (12 artiklan 4 kohta): näytetty päivä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restriction to be lifted</source>
        <translation>Rajoitus päättymässä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice before lifting the restriction has been sent (Art. 18(3)). The restriction can be lifted once the waiting period is over: the date shown.</source>
        <translation>Ilmoitus rajoituksen poistamisesta on lähetetty (18 artiklan 3 kohta). Rajoituksen voi poistaa, kun odotusaika on kulunut: näytetty päivä.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Welcome, {name}</source>
        <translation>Tervetuloa, {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n record(s) due for erasure under the retention rules.</source>
        <translation>
            <numerusform>%n tietue on säilytysaikojen mukaan poistettava.</numerusform>
            <numerusform>%n tietuetta on säilytysaikojen mukaan poistettava.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup yet.</source>
        <translation>Varmuuskopiota ei ole vielä tehty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup today.</source>
        <translation>Viimeisin varmuuskopio tänään.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup yesterday.</source>
        <translation>Viimeisin varmuuskopio eilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup {days} days ago.</source>
        <translation>Viimeisin varmuuskopio {days} päivää sitten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to back up: plug in the backup drive.</source>
        <translation>On aika varmuuskopioida: liitä varmuuskopioasema koneeseen.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../desktop/ui/requests/decision_dialog.py" line="+52"/>
        <source>Refuse the request</source>
        <translation>Pyynnön epääminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {right}</source>
        <translation>Päätös: {right}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground in law</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons (go into the letter)</source>
        <translation>Perustelut (tulevat kirjeeseen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of the processing</source>
        <translation>Käsittelyn tarkoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why late (only for a late refusal)</source>
        <translation>Viivästyksen syy (vain myöhässä annettuun epäämiseen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the decision</source>
        <translation>Kirjaa päätös</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The letter gives the reasons and tells the person they may complain to the Data Protection Ombudsman or bring an action in court (Art. 12(4)).</source>
        <translation>Kirjeessä kerrotaan perustelut sekä henkilön oikeus tehdä valitus tietosuojavaltuutetulle ja nostaa kanne käräjäoikeudessa (12 artiklan 4 kohta).</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../desktop/core/decisions.py" line="+75"/>
        <source>Granted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted in part</source>
        <translation>Hyväksytty osittain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Evätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing continues on compelling grounds</source>
        <translation>Käsittely jatkuu painavan perusteen vuoksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ground needed</source>
        <translation>Perustetta ei tarvita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifestly unfounded (Art. 12(5))</source>
        <translation>Ilmeisen perusteeton (12 artiklan 5 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excessive, e.g. repetitive (Art. 12(5))</source>
        <translation>Kohtuuton, esimerkiksi toistuva (12 artiklan 5 kohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity not established (Art. 11(2), 12(6))</source>
        <translation>Henkilöllisyyttä ei ole voitu varmistaa (11 artiklan 2 kohta, 12 artiklan 6 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Would affect the rights and freedoms of others (Art. 15(4))</source>
        <translation>Vaikuttaisi haitallisesti muiden oikeuksiin ja vapauksiin (15 artiklan 4 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freedom of expression and information (Art. 17(3)(a))</source>
        <translation>Sanan- ja tiedonvälityksen vapaus (17 artiklan 3 kohdan a alakohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A legal obligation to keep the data (Art. 17(3)(b))</source>
        <translation>Lakisääteinen velvoite säilyttää tiedot (17 artiklan 3 kohdan b alakohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public health (Art. 17(3)(c))</source>
        <translation>Kansanterveys (17 artiklan 3 kohdan c alakohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving, research or statistics (Art. 17(3)(d))</source>
        <translation>Arkistointi, tutkimus tai tilastointi (17 artiklan 3 kohdan d alakohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal claims (Art. 17(3)(e))</source>
        <translation>Oikeusvaade (17 artiklan 3 kohdan e alakohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compelling legitimate grounds (Art. 21(1))</source>
        <translation>Huomattavan tärkeä ja perusteltu syy (21 artiklan 1 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal claims (Art. 21(1))</source>
        <translation>Oikeusvaade (21 artiklan 1 kohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is accurate; a supplementary statement is offered (Art. 16)</source>
        <translation>Tiedot ovat oikeat; tarjotaan täydentävää lausumaa (16 artikla)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ground for erasure applies, e.g. the data is still needed (Art. 17(1))</source>
        <translation>Poistamisen edellytykset eivät täyty, esim. tietoja tarvitaan vielä (17 artiklan 1 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the conditions for restriction is met (Art. 18(1))</source>
        <translation>Rajoittamisen edellytykset eivät täyty (18 artiklan 1 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data outside the right to portability: not provided by the person, not based on consent or contract, or not processed by automated means (Art. 20(1))</source>
        <translation>Siirto-oikeus ei koske tietoja: rekisteröity ei ole toimittanut niitä, käsittely ei perustu suostumukseen tai sopimukseen tai sitä ei tehdä automaattisesti (20 artiklan 1 kohta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No right to object: the processing is not based on Art. 6(1)(e) or (f), e.g. it is based on a contract or a legal obligation (Art. 21(1))</source>
        <translation>Ei vastustamisoikeutta: käsittely ei perustu 6 artiklan 1 kohdan e tai f alakohtaan vaan esim. sopimukseen tai lakisääteiseen velvoitteeseen (21 artiklan 1 kohta)</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <location filename="../desktop/ui/customers/delete_dialog.py" line="+25"/>
        <location line="+57"/>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Delete {name} (customer {number})?</source>
        <translation>Poistetaanko {name} (asiakas {number})?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The law requires keeping some of their records, so the customer record stays, emptied of personal data, for those records to point at. Everything else is deleted for good and cannot be restored.</source>
        <translation>Laki edellyttää joidenkin asiakkaaseen liittyvien tietojen säilyttämistä, joten asiakastietue jää, tyhjennettynä henkilötiedoista, niitä varten. Kaikki muu poistetaan pysyvästi, eikä sitä voi palauttaa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything recorded about them is deleted for good and cannot be restored.</source>
        <translation>Kaikki asiakkaasta kirjattu poistetaan pysyvästi, eikä sitä voi palauttaa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How many</source>
        <translation>Kuinka monta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will be deleted</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept until</source>
        <translation>Säilytetään asti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no fixed date</source>
        <translation>ei kiinteää päivää</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because the law requires it</source>
        <translation>Säilytetään, koska laki sitä vaatii</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../desktop/ui/customers/disclosures_tab.py" line="+91"/>
        <source>Record a disclosure</source>
        <translation>Kirjaa luovutus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>for example FI</source>
        <translation>esimerkiksi FI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>for example name, address and the invoice</source>
        <translation>esimerkiksi nimi, osoite ja lasku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of notices</source>
        <translation>Ilmoitusten kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was disclosed</source>
        <translation>Mitä luovutettiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <location filename="../desktop/core/disclosures.py" line="+32"/>
        <source>Processor acting for us (Art. 28)</source>
        <translation>Puolestamme toimiva henkilötietojen käsittelijä (28 artikla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Sopimus (6 artiklan 1 kohdan b alakohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Suostumus (6 artiklan 1 kohdan a alakohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest (Art. 6(1)(f))</source>
        <translation>Oikeutettu etu (6 artiklan 1 kohdan f alakohta)</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../desktop/ui/customers/disclosures_tab.py" line="-89"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a disclosure…</source>
        <translation>Kirjaa luovutus…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record each time this customer&apos;s data is given to someone outside the business. Notices of a rectification, erasure or restriction (GDPR Art. 19) go to these recipients only, and the customer&apos;s access reply lists them.</source>
        <translation>Kirjaa jokainen kerta, kun asiakkaan tietoja annetaan yrityksen ulkopuolelle. Ilmoitukset oikaisusta, poistosta tai rajoittamisesta (tietosuoja-asetuksen 19 artikla) lähetetään vain näille vastaanottajille, ja ne luetellaan asiakkaan tarkastuspyyntöön annettavassa vastauksessa.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../desktop/ui/documents/page.py" line="+51"/>
        <source>Signed letters</source>
        <translation>Allekirjoitetut kirjeet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search: name, diary number, SHA-256…</source>
        <translation>Hae: nimi, diaarinumero, SHA-256…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All letters</source>
        <translation>Kaikki kirjeet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed between</source>
        <translation>Allekirjoitettu välillä</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n kirje</numerusform>
            <numerusform>%n kirjettä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+26"/>
        <source>The register was restored</source>
        <translation>Rekisteri on palautettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is in use. Nothing else needs to be done.</source>
        <translation>Varmuuskopio on nyt käytössä. Muuta ei tarvitse tehdä.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup of {time} was checked and is now the register ({customers} customers).</source>
        <translation>Varmuuskopio ajalta {time} tarkistettiin, ja se on nyt käytössä oleva rekisteri ({customers} asiakasta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register as it was before is kept at {path}</source>
        <translation>Aiempi rekisteri on tallessa kohteessa {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with your password as it was at the time of the backup.</source>
        <translation>Kirjaudu sisään salasanalla, joka sinulla oli varmuuskopion tekohetkellä.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../desktop/ui/models/due_model.py" line="+26"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due since</source>
        <translation>Poistettava alkaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept because / note</source>
        <translation>Säilytetään, koska / huomautus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer until {date}</source>
        <translation>Asiakkaana {date} asti</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <location filename="../desktop/ui/admin/due_tab.py" line="+32"/>
        <source>These records have been kept for as long as the retention rules say. Review them, tick what may go and erase it in one go. Records that must still be kept are shown greyed with the reason and cannot be ticked.</source>
        <translation>Näitä tietoja on säilytetty säilytysaikojen mukainen aika. Käy ne läpi, rastita poistettavat ja poista ne kerralla. Tiedot, jotka on vielä säilytettävä, näkyvät harmaina syineen, eikä niitä voi rastittaa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erase these requests…</source>
        <translation>Poista nämä pyynnöt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update list</source>
        <translation>Päivitä luettelo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing of this kind is due for erasure.</source>
        <translation>Tämän lajin tietoja ei ole poistettavana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick all shown</source>
        <translation>Rastita kaikki näkyvät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>Poista rastit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete (anonymise where orders must stay)</source>
        <translation>Poista (anonymisoi, jos tilaukset on säilytettävä)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymise (keep the empty record)</source>
        <translation>Anonymisoi (tyhjä tietue jää)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase ticked…</source>
        <translation>Poista rastitetut…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Closed data-protection requests kept for 3 years from the end of their handling: %n due for erasure.</source>
        <translation>
            <numerusform>Suljetut tietosuojapyynnöt säilytetään 3 vuotta käsittelyn päättymisestä: %n pyyntö on poistettavissa.</numerusform>
            <numerusform>Suljetut tietosuojapyynnöt säilytetään 3 vuotta käsittelyn päättymisestä: %n pyyntöä on poistettavissa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Erase %n closed request(s) for good, with their event logs, attachments and letters? Their 3 years from the end of handling have passed. This cannot be undone.</source>
        <translation>
            <numerusform>Poistetaanko %n suljettu pyyntö pysyvästi tapahtumalokeineen, liitteineen ja kirjeineen? Kolme vuotta käsittelyn päättymisestä on kulunut. Poistoa ei voi perua.</numerusform>
            <numerusform>Poistetaanko %n suljettua pyyntöä pysyvästi tapahtumalokeineen, liitteineen ja kirjeineen? Kolme vuotta käsittelyn päättymisestä on kulunut. Poistoa ei voi perua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Erased: %n request(s).</source>
        <translation>
            <numerusform>Poistettu: %n pyyntö.</numerusform>
            <numerusform>Poistettu: %n pyyntöä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n rastitettu</numerusform>
            <numerusform>%n rastitettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Anonymise %n record(s) of “{what}”? Names, contact details, consents, contact history and attachments are erased; an empty record stays with its orders. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymisoidaanko %n tietue ryhmästä ”{what}”? Nimet, yhteystiedot, suostumukset, yhteydenottohistoria ja liitteet poistetaan; tyhjä tietue jää tilauksineen. Toimintoa ei voi perua.</numerusform>
            <numerusform>Anonymisoidaanko %n tietuetta ryhmästä ”{what}”? Nimet, yhteystiedot, suostumukset, yhteydenottohistoria ja liitteet poistetaan; tyhjät tietueet jäävät tilauksineen. Toimintoa ei voi perua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Erase %n record(s) of “{what}” for good? Where orders must still be kept under the Accounting Act, the customer is anonymised instead. This cannot be undone.</source>
        <translation>
            <numerusform>Poistetaanko %n tietue ryhmästä ”{what}” pysyvästi? Jos tilauksia on vielä säilytettävä kirjanpitolain mukaan, asiakas anonymisoidaan. Toimintoa ei voi perua.</numerusform>
            <numerusform>Poistetaanko %n tietuetta ryhmästä ”{what}” pysyvästi? Jos tilauksia on vielä säilytettävä kirjanpitolain mukaan, asiakas anonymisoidaan. Toimintoa ei voi perua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+49"/>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Erased: %n deleted</source>
        <translation>
            <numerusform>Valmis: %n poistettu</numerusform>
            <numerusform>Valmis: %n poistettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n anonymised</source>
        <translation>
            <numerusform>%n anonymisoitu</numerusform>
            <numerusform>%n anonymisoitu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../desktop/services/customers/duplicates.py" line="+22"/>
        <source>same email address</source>
        <translation>sama sähköpostiosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>sama puhelinnumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and address</source>
        <translation>sama nimi ja osoite</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/import_warnings.py" line="+36"/>
        <source>same name, and nothing else to compare</source>
        <translation>sama nimi, eikä muuta verrattavaa</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../desktop/services/rights/erasure.py" line="+76"/>
        <source>Customer record</source>
        <translation>Asiakastietue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Osoitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents and prohibitions</source>
        <translation>Suostumukset ja kiellot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact history</source>
        <translation>Yhteydenottohistoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Muut tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders past their retention</source>
        <translation>Tilaukset, joiden säilytysaika on päättynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplementary statements</source>
        <translation>Täydentävät lausumat</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../desktop/ui/requests/erasure_dialog.py" line="+66"/>
        <source>Erasure</source>
        <translation>Poistaminen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer record stays, emptied of personal data, because records the law keeps point at it.</source>
        <translation>Asiakastietue jää, tyhjennettynä henkilötiedoista, koska lain vaatimat säilytettävät tiedot viittaavat siihen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer record and everything on it is deleted.</source>
        <translation>Asiakastietue ja kaikki siihen liittyvä poistetaan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will be deleted</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>How many</source>
        <translation>Kuinka monta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No disclosure of this person&apos;s data is recorded: no recipient to tell.</source>
        <translation>Henkilön tietojen luovutuksia ei ole kirjattu, joten kenellekään vastaanottajalle ei tarvitse ilmoittaa.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Kept, because the law requires it</source>
        <translation>Säilytetään, koska laki sitä vaatii</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept until</source>
        <translation>Säilytetään asti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Tell about the erasure (Art. 19)</source>
        <translation>Kerro poistosta (19 art.)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The person once allowed disclosure to partners: tell them too.</source>
        <translation>Henkilö on joskus sallinut tietojen luovuttamisen yhteistyökumppaneille: kerro myös heille.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer is under a legal hold: nothing can be erased now. Refuse the erasure with the reason, or lift the hold when the claim is settled.</source>
        <translation>Asiakkaan tiedot on määrätty säilytettäviksi oikeudellisen vaatimuksen vuoksi: mitään ei voi poistaa nyt. Kieltäydy poistosta syy kertoen tai poista säilytysmääräys, kun vaatimus on ratkaistu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase the person&apos;s data now? What is listed as kept stays; everything else is deleted for good and cannot be restored.</source>
        <translation>Poistetaanko henkilön tiedot nyt? Säilytettäviksi luetellut jäävät; kaikki muu poistetaan pysyvästi, eikä sitä voi palauttaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase for good</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erased. The request and the kept records stay in the register.</source>
        <translation>Poistettu. Pyyntö ja säilytettävät tiedot jäävät rekisteriin.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/cli/common.py" line="+35"/>
        <source>No password was given. Pipe it in with --password-stdin or run the command in a terminal.</source>
        <translation>Salasanaa ei annettu. Syötä se vakiosyötteestä valitsimella --password-stdin tai suorita komento pääteikkunassa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password holds bytes that are not UTF-8 text. Set the terminal (or the script that pipes the password in) to UTF-8 and try again.</source>
        <translation>Salasanassa on tavuja, jotka eivät ole UTF-8-tekstiä. Aseta pääte (tai salasanan syöttävä skripti) käyttämään UTF-8:aa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register has several users ({users}). Name one with --user.</source>
        <translation>Rekisterillä on useita käyttäjiä ({users}). Valitse yksi valitsimella --user.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This computer has no confirmed certificate for the server {server}. Connect to it once in the Kirjuri window (Office server…), or give the server&apos;s certificate with --server-cert FILE.</source>
        <translation>Tällä tietokoneella ei ole vahvistettua varmennetta palvelimelle {server}. Yhdistä siihen kerran Kirjurin ikkunassa (Toimiston palvelin…) tai anna palvelimen varmenne valinnalla --server-cert TIEDOSTO.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/demo.py" line="+6"/>
        <source>The register {path} already has customers. kirjuri demo fills only a new or empty register.</source>
        <translation>Rekisterissä {path} on jo asiakkaita. kirjuri demo täyttää vain uuden tai tyhjän rekisterin.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/statement.py" line="+5"/>
        <source>Kirjuri cannot write the file {path}. Check the folder and its permissions.</source>
        <translation>Kirjuri ei voi kirjoittaa tiedostoa {path}. Tarkista kansio ja sen käyttöoikeudet.</translation>
    </message>
    <message>
        <location filename="../desktop/errors.py" line="+31"/>
        <source>The operation could not be completed.</source>
        <translation>Toimintoa ei voitu suorittaa loppuun.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user name or password is wrong. Check the spelling and Caps Lock.</source>
        <translation>Käyttäjätunnus tai salasana on väärä. Tarkista kirjoitusasu ja Caps Lock.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key is wrong. Type it exactly as it is on the recovery sheet.</source>
        <translation>Palautusavain on väärä. Kirjoita se täsmälleen niin kuin se on palautusavaimen paperissa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong attempts. Wait {seconds} seconds before trying again.</source>
        <translation>Liian monta väärää yritystä. Odota {seconds} sekuntia ennen kuin yrität uudelleen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This user has been removed from the register. Ask the main user for access.</source>
        <translation>Tämä käyttäjä on poistettu rekisteristä. Pyydä käyttöoikeutta pääkäyttäjältä.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is not a Kirjuri register. Choose the register file (.kirjuri).</source>
        <translation>Tiedosto {path} ei ole Kirjurin rekisteri. Valitse rekisteritiedosto (.kirjuri).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file {path} that belongs beside the register is missing, so the register cannot be opened. Put the .keys file back beside the register or restore a backup.</source>
        <translation>Avaintiedosto {path}, jonka pitää olla rekisterin vieressä, puuttuu, joten rekisteriä ei voi avata. Siirrä .keys-tiedosto takaisin rekisterin viereen tai palauta varmuuskopio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file {path} beside the register has been edited or damaged, so the register is not opened. The register itself was not touched. Put back the .keys file from the latest backup, or restore the backup.</source>
        <translation>Rekisterin vieressä olevaa avaintiedostoa {path} on muokattu tai se on vioittunut, joten rekisteriä ei avata. Itse rekisteriin ei koskettu. Palauta .keys-tiedosto uusimmasta varmuuskopiosta tai palauta koko varmuuskopio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file {path} was written by a newer version of Kirjuri. Install the newer version to open the register; this version will not change it.</source>
        <translation>Avaintiedoston {path} on kirjoittanut Kirjurin uudempi versio. Asenna uudempi versio avataksesi rekisterin; tämä versio ei muuta sitä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file {path} belongs to another register, so this register cannot be opened with it. Nothing was changed. Put this register&apos;s own .keys file beside it (from the same backup as the register).</source>
        <translation>Avaintiedosto {path} kuuluu toiseen rekisteriin, joten tätä rekisteriä ei voi avata sillä. Mitään ei muutettu. Aseta rekisterin viereen sen oma .keys-tiedosto (samasta varmuuskopiosta kuin rekisteri).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no register at {path}.</source>
        <translation>Sijainnissa {path} ei ole rekisteriä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register file is damaged and cannot be read safely. Nothing has been changed. Restore the latest backup (“Restore from a backup…” in the login window) or contact support.</source>
        <translation>Rekisteritiedosto on vioittunut, eikä sitä voi lukea turvallisesti. Mitään ei ole muutettu. Palauta uusin varmuuskopio (kirjautumisikkunan ”Palauta varmuuskopiosta…”) tai ota yhteyttä tukipalveluun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register&apos;s version stamp ({revision}) is older than its tables, so it cannot be brought up to date safely. Nothing was changed. Restore the latest backup or contact support.</source>
        <translation>Rekisterin versiomerkintä ({revision}) on vanhempi kuin sen taulut, joten sitä ei voi päivittää turvallisesti. Mitään ei muutettu. Palauta uusin varmuuskopio tai ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This register was saved by a newer version of Kirjuri. Install the newer version to open it; this version will not change it.</source>
        <translation>Tämä rekisteri on tallennettu Kirjurin uudemmalla versiolla. Asenna uudempi versio, niin voit avata sen. Tämä versio ei muuta rekisteriä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full, so the change was not saved. Nothing was lost. Free some space and try again.</source>
        <translation>Levy on täynnä, joten muutosta ei tallennettu. Mitään ei kadonnut. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kirjuri cannot write to {path}. The disk or folder is read-only. Nothing was changed. Move the register to a writable folder or check its permissions.</source>
        <translation>Kirjuri ei voi kirjoittaa sijaintiin {path}. Levy tai kansio on kirjoitussuojattu. Mitään ei muutettu. Siirrä rekisteri kansioon, johon voi kirjoittaa, tai tarkista kansion käyttöoikeudet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to the office&apos;s server was lost, so this was not saved; nothing was half-saved. What you typed is kept. Kirjuri tries again; if this goes on, check the network connection.</source>
        <translation>Yhteys toimiston palvelimeen katkesi, joten tätä ei tallennettu, eikä mitään jäänyt puoliksi tallennetuksi. Kirjoittamasi tiedot ovat tallessa. Kirjuri yrittää uudelleen; jos yhteys ei palaa, tarkista verkkoyhteys.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register is already open in another Kirjuri window on this computer. Use that window, or close it first.</source>
        <translation>Rekisteri on jo auki toisessa Kirjuri-ikkunassa tällä tietokoneella. Käytä sitä ikkunaa tai sulje se ensin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A register already exists at {path}. Choose another location.</source>
        <translation>Sijainnissa {path} on jo rekisteri. Valitse toinen sijainti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role does not allow this: {action}.</source>
        <translation>Roolisi ei salli tätä: {action}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key slot does not hold the main users&apos; signing key yet, so you cannot change users. Ask another main user to give you a new password, or log in once with the recovery key.</source>
        <translation>Avainpaikkasi ei vielä sisällä pääkäyttäjien allekirjoitusavainta, joten et voi muuttaa käyttäjiä. Pyydä toista pääkäyttäjää antamaan sinulle uusi salasana tai kirjaudu kerran palautusavaimella.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user record of {username} was changed outside Kirjuri (its role or status is not signed by a main user), so the login is refused. A main user should run “kirjuri check” and restore the latest backup.</source>
        <translation>Käyttäjän {username} tietoja on muutettu Kirjurin ulkopuolella (pääkäyttäjä ei ole allekirjoittanut roolia tai tilaa), joten kirjautuminen estetään. Pääkäyttäjän kannattaa ajaa ”kirjuri check” ja palauttaa uusin varmuuskopio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>Salasanassa on oltava vähintään {minimum} merkkiä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some fields need attention.</source>
        <translation>Joissakin kentissä on korjattavaa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/access/users.py" line="+23"/>
        <source>The register must keep at least one main user. Make someone else main user first.</source>
        <translation>Rekisterillä on oltava vähintään yksi pääkäyttäjä. Tee ensin joku toinen pääkäyttäjäksi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name {username} is already in use.</source>
        <translation>Käyttäjätunnus {username} on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/records.py" line="+69"/>
        <source>The customer was not found. Someone may have deleted or merged it.</source>
        <translation>Asiakasta ei löytynyt. Joku on ehkä poistanut sen tai yhdistänyt sen toiseen asiakkaaseen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal identity codes are not kept in this register. The main user can turn them on in Administration → Settings.</source>
        <translation>Tähän rekisteriin ei tallenneta henkilötunnuksia. Pääkäyttäjä voi ottaa ne käyttöön kohdassa Ylläpito → Asetukset.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} changed this customer at {time}, after you opened it. Nothing you typed has been saved yet, so that their changes are not lost.</source>
        <translation>{name} muutti tätä asiakasta {time}, sen jälkeen kun avasit sen. Mitään kirjoittamaasi ei ole vielä tallennettu, jotta toisen tekemät muutokset eivät katoa.</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>The person asked for this restriction in request {diary}. Lift it on that request: the person must be told first (Art. 18(3)).</source>
        <translation>Henkilö pyysi tätä rajoitusta pyynnössä {diary}. Poista rajoitus sen pyynnön kautta: henkilölle on ilmoitettava ensin (18 artiklan 3 kohta).</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="+47"/>
        <source>Kirjuri cannot import {name}. Choose a CSV file (.csv), an Excel workbook (.xlsx), contact cards (.vcf) or an LDIF address book (.ldif).</source>
        <translation>Kirjuri ei voi tuoda tiedostoa {name}. Valitse CSV-tiedosto (.csv), Excel-työkirja (.xlsx), yhteystietokortit (.vcf) tai LDIF-osoitekirja (.ldif).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} could not be read. It may be damaged or not what its name says. Save it again from the program that made it and try again.</source>
        <translation>Tiedostoa {name} ei voitu lukea. Se voi olla vioittunut, tai sen sisältö ei vastaa nimeä. Tallenna se uudelleen ohjelmalla, jolla se on tehty, ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} is too large to import at once (at most {rows} rows, {columns} columns and {megabytes} MB). Split it into smaller files and import them one by one.</source>
        <translation>Tiedosto {name} on liian suuri tuotavaksi kerralla (enintään {rows} riviä, {columns} saraketta ja {megabytes} Mt). Jaa se pienempiin tiedostoihin ja tuo ne yksi kerrallaan.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/contact_history.py" line="+35"/>
        <source>The contact was not found. Someone may have deleted it already.</source>
        <translation>Yhteydenottoa ei löytynyt. Joku on ehkä jo poistanut sen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/importing.py" line="+70"/>
        <source>The import was cancelled. No customers were added.</source>
        <translation>Tuonti keskeytettiin. Asiakkaita ei lisätty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers were added or changed while this import waited, so some rows now look different (possible duplicates, earlier bans or erasures). Nothing was imported. Press Check again to see the rows as they are now.</source>
        <translation>Asiakkaita lisättiin tai muutettiin sillä välin, kun tämä tuonti odotti, joten osa riveistä näyttää nyt toiselta (mahdolliset kaksoiskirjaukset, aiemmat kiellot tai poistot). Mitään ei tuotu. Paina Tarkista uudelleen, niin näet rivit sellaisina kuin ne nyt ovat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column is set to a customer field, so there is nothing to import.</source>
        <translation>Yhtään saraketta ei ole yhdistetty asiakkaan kenttään, joten tuotavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/orders.py" line="+29"/>
        <source>The order was not found. Someone may have deleted it already.</source>
        <translation>Tilausta ei löytynyt. Joku on ehkä jo poistanut sen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/attachments.py" line="+56"/>
        <source>The file {name} cannot be attached. Kirjuri keeps PDF documents, images (PNG, JPEG, TIFF, GIF, WebP) and plain text files (.txt); the file&apos;s content, not its name, decides.</source>
        <translation>Tiedostoa {name} ei voi liittää. Kirjuri säilyttää PDF-asiakirjoja, kuvia (PNG, JPEG, TIFF, GIF, WebP) ja tekstitiedostoja (.txt); ratkaisevaa on tiedoston sisältö, ei sen nimi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} is {size} MB. An attachment can be at most {limit} MB; scan it at a lower resolution or split it into parts.</source>
        <translation>Tiedoston {name} koko on {size} Mt. Liite voi olla enintään {limit} Mt; skannaa se pienemmällä tarkkuudella tai jaa se osiin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} could not be read. Check that it exists and is not open.</source>
        <translation>Tiedostoa {name} ei voitu lukea. Tarkista, että tiedosto on olemassa eikä se ole auki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment was not found. Someone may have deleted it already.</source>
        <translation>Liitettä ei löytynyt. Joku on ehkä jo poistanut sen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/merge.py" line="+52"/>
        <source>Choose two different customers to merge.</source>
        <translation>Valitse yhdistettäviksi kaksi eri asiakasta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These customers have different personal identity codes, so they are different people and cannot be merged.</source>
        <translation>Näillä asiakkailla on eri henkilötunnukset, joten he ovat eri henkilöitä eikä heitä voi yhdistää.</translation>
    </message>
    <message>
        <location filename="../desktop/services/requests/log.py" line="+51"/>
        <source>The request was not found.</source>
        <translation>Pyyntöä ei löytynyt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A request in this state cannot be moved there. Reload the request and retry.</source>
        <translation>Tässä tilassa olevaa pyyntöä ei voi siirtää siihen tilaan. Lataa pyyntö uudelleen ja yritä uudestaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The time can be extended only once, and only before the first deadline ({due}) has passed.</source>
        <translation>Määräaikaa voi jatkaa vain kerran ja vain ennen kuin ensimmäinen määräaika ({due}) on kulunut umpeen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/base.py" line="+24"/>
        <source>Link the request to a customer first. If the person is not in the register, make the access reply saying that the register holds no data on them.</source>
        <translation>Liitä pyyntö ensin asiakkaaseen. Jos henkilö ei ole rekisterissä, laadi vastaus, jossa kerrotaan, ettei rekisterissä ole hänestä tietoja.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer is under a legal hold, so the data cannot be erased now. Refuse the erasure with the reason (GDPR Art. 17(3)(e)), or lift the hold when the claim is settled.</source>
        <translation>Asiakkaan tiedot on määrätty säilytettäviksi oikeusvaateen vuoksi, joten niitä ei voi nyt poistaa. Kieltäydy poistosta perustellen (tietosuoja-asetus 17 art. 3 e) tai poista säilytysmääräys, kun vaade on ratkaistu.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check the requester&apos;s identity and record how it was checked before disclosing, changing or erasing data. Only the main user can let the request go on without a check, with a recorded reason.</source>
        <translation>Varmista pyytäjän henkilöllisyys ja kirjaa, miten se varmistettiin, ennen kuin luovutat, muutat tai poistat tietoja. Vain pääkäyttäjä voi antaa pyynnön edetä ilman varmistusta, ja syy kirjataan.</translation>
    </message>
    <message>
        <location filename="../desktop/errors.py" line="+8"/>
        <source>The export could not be written to {path}. Check that the USB stick is still in place and try again; no half-written file was left behind.</source>
        <translation>Tiedostoa ei voitu kirjoittaa kohteeseen {path}. Tarkista, että USB-muisti on yhä paikallaan, ja yritä uudelleen. Keskeneräistä tiedostoa ei jäänyt.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/erasure.py" line="+282"/>
        <source>This request does not ask for erasure, so nothing was erased.</source>
        <translation>Tässä pyynnössä ei pyydetä tietojen poistamista, joten mitään ei poistettu.</translation>
    </message>
    <message>
        <location filename="../desktop/services/register/restore.py" line="+42"/>
        <source>Only a main user of the backup, or the recovery key, can restore it. Log in as a main user or use the recovery key.</source>
        <translation>Varmuuskopion voi palauttaa vain sen pääkäyttäjä tai palautusavaimella. Käytä pääkäyttäjän tunnusta tai palautusavainta.</translation>
    </message>
    <message>
        <location filename="../desktop/store/backup.py" line="+71"/>
        <source>The backup did not fit on {path}: the disk is full. The backup was not made and the earlier backups are untouched. Free some space or choose another drive.</source>
        <translation>Varmuuskopio ei mahtunut kohteeseen {path}: levy on täynnä. Varmuuskopiota ei tehty, ja aiemmat varmuuskopiot ovat ennallaan. Vapauta tilaa tai valitse toinen asema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup could not be written to {path}: the drive was removed or cannot be written to. The backup was not made and the earlier backups are untouched.</source>
        <translation>Varmuuskopiota ei voitu tallentaa kohteeseen {path}: asema irrotettiin tai siihen ei voi kirjoittaa. Varmuuskopiota ei tehty, ja aiemmat varmuuskopiot ovat ennallaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup {path} is not whole: {reasons}</source>
        <translation>Varmuuskopio {path} ei ole eheä: {reasons}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a Kirjuri backup.</source>
        <translation>{path} ei ole Kirjurin varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/pades.py" line="+27"/>
        <source>The certificate file could not be opened: it is not a PKCS#12 file (.p12 or .pfx), or the passphrase is wrong.</source>
        <translation>Varmennetiedostoa ei voitu avata: se ei ole PKCS#12-tiedosto (.p12 tai .pfx), tai tunnuslause on väärä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document to sign is not a readable PDF.</source>
        <translation>Allekirjoitettava asiakirja ei ole luettava PDF-tiedosto.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/description.py" line="+49"/>
        <source>Version {version} of the register description is not there.</source>
        <translation>Rekisteriselosteen versiota {version} ei ole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement in this language cannot be made: {count} sections are untranslated or their translation is older than the Finnish text ({sections}). Translate them, or choose in the register description to print those sections in Finnish.</source>
        <translation>Selostetta ei voi tehdä tällä kielellä: {count} osiota on kääntämättä tai niiden käännös on vanhempi kuin suomenkielinen teksti ({sections}). Käännä ne tai valitse rekisteriselosteessa, että nämä osiot tulostetaan suomeksi.</translation>
    </message>
    <message>
        <location filename="../desktop/services/register/signing.py" line="+39"/>
        <source>This computer has no secure keyring (password store) for the certificate&apos;s passphrase, so digital signatures cannot be used here.</source>
        <translation>Tässä tietokoneessa ei ole turvallista avainnippua (salasanasäilöä) varmenteen tunnuslauseelle, joten sähköistä allekirjoitusta ei voi käyttää täällä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No certificate for digital signatures has been chosen, or its passphrase is not on this computer. The main user can set it in Administration → Digital signature.</source>
        <translation>Sähköisen allekirjoituksen varmennetta ei ole valittu, tai sen tunnuslause ei ole tässä tietokoneessa. Pääkäyttäjä voi asettaa sen kohdassa Hallinta → Sähköinen allekirjoitus.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/not_ready.py" line="+17"/>
        <source>The time has not been extended: record the extension with its reason first.</source>
        <translation>Määräaikaa ei ole pidennetty. Kirjaa ensin pidennys ja sen syy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rectification has been made through this request yet. Make it first.</source>
        <translation>Tämän pyynnön kautta ei ole vielä oikaistu tietoja. Tee oikaisu ensin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rectification has been refused with a reason in this request yet.</source>
        <translation>Tässä pyynnössä ei ole vielä evätty oikaisua perusteluineen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been erased through this request yet.</source>
        <translation>Tämän pyynnön kautta ei ole vielä poistettu tietoja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing has not been restricted through this request yet.</source>
        <translation>Käsittelyä ei ole vielä rajoitettu tämän pyynnön kautta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No objection, ban or withdrawal has been recorded through this request yet.</source>
        <translation>Tämän pyynnön kautta ei ole vielä kirjattu vastustamista, kieltoa tai suostumuksen peruutusta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portability export has not been made yet. Make it first: its checksum goes into the cover letter.</source>
        <translation>Siirrettäviä tietoja ei ole vielä viety. Tee vienti ensin: sen tarkistesumma tulee saatekirjeeseen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The identification letter must say what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)). Choose &quot;Waiting for identification&quot; and write the doubt first.</source>
        <translation>Selvityspyynnössä on kerrottava, mikä antaa perustellun syyn epäillä pyytäjän henkilöllisyyttä (12 artiklan 6 kohta). Valitse ensin ”Odottaa tunnistamista” ja kirjoita epäilyn syy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision that drafts this letter has been recorded on the request. Record the decision with its ground and reasons first.</source>
        <translation>Pyyntöön ei ole kirjattu päätöstä, josta tämä kirje laaditaan. Kirjaa ensin päätös perusteineen ja perusteluineen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record why the restriction is to be lifted first: the notice tells the person (Art. 18(3)).</source>
        <translation>Kirjaa ensin, miksi rajoitus poistetaan: ilmoitus kertoo sen henkilölle (18 artiklan 3 kohta).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No disclosure of this person&apos;s data has been recorded, so there is no recipient to tell (Art. 19). If the data was disclosed, record the disclosure on the customer&apos;s page first.</source>
        <translation>Henkilön tietojen luovutuksia ei ole kirjattu, joten ilmoitettavia vastaanottajia ei ole (19 artikla). Jos tietoja on luovutettu, kirjaa luovutus ensin asiakkaan sivulle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No disclosure of this person&apos;s data to {recipient} has been recorded. A notice goes only to a recipient who had the data: telling anyone else would itself disclose it.</source>
        <translation>Henkilön tietojen luovutusta vastaanottajalle {recipient} ei ole kirjattu. Ilmoitus lähetetään vain vastaanottajalle, jolla tiedot ovat olleet: ilmoitus jollekulle muulle olisi itsessään tietojen luovuttamista.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing has been rectified, erased or restricted through this request, so there is nothing to tell the recipients.</source>
        <translation>Tämän pyynnön kautta ei ole oikaistu, poistettu tai rajoitettu mitään, joten vastaanottajille ei ole ilmoitettavaa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/rendering.py" line="+32"/>
        <source>Check the requester&apos;s identity and record how it was checked before the data is disclosed in a reply.</source>
        <translation>Varmista pyytäjän henkilöllisyys ja kirjaa, miten se varmistettiin, ennen kuin tiedot luovutetaan vastauksessa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/service.py" line="+80"/>
        <source>The letter was not found.</source>
        <translation>Kirjettä ei löytynyt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter has been signed and cannot be changed. Write a new letter instead.</source>
        <translation>Kirje on allekirjoitettu, eikä sitä voi enää muuttaa. Kirjoita sen sijaan uusi kirje.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/sending.py" line="+29"/>
        <source>The extension notice had to be sent by {due}, within the first month after receipt (Art. 12(3)). Sent later, it does not extend the time: answer the request now.</source>
        <translation>Ilmoitus määräajan pidentämisestä piti lähettää viimeistään {due}, ensimmäisen kuukauden kuluessa pyynnön vastaanottamisesta (12 artiklan 3 kohta). Myöhemmin lähetettynä se ei pidennä määräaikaa: vastaa pyyntöön nyt.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/service.py" line="+6"/>
        <source>Sign the letter first.</source>
        <translation>Allekirjoita kirje ensin.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/output.py" line="+143"/>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Tulostinta ei saatu käynnistettyä. Tarkista, että se on päällä, ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/retention/rules.py" line="+86"/>
        <source>Some of the selected records are no longer due for erasure, or are now kept for a reason (a legal hold, a restriction or an open request). Nothing was erased. Update the list and select again.</source>
        <translation>Osa valituista tiedoista ei ole enää poistettavana tai niitä on nyt säilytettävä (oikeudellinen vaade, käsittelyn rajoitus tai avoin pyyntö). Mitään ei poistettu. Päivitä luettelo ja valitse uudelleen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These records can only be deleted.</source>
        <translation>Nämä tiedot voi vain poistaa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/deletion.py" line="+57"/>
        <source>The customer is under a legal hold, so their data cannot be deleted: it is needed for a legal claim (GDPR Art. 17(3)(e)). Nothing was deleted. The data can be deleted once the claim is settled and the hold is lifted.</source>
        <translation>Asiakkaan tiedot on määrätty säilytettäviksi oikeusvaateen vuoksi, joten niitä ei voi poistaa: niitä tarvitaan oikeusvaateen laatimiseen, esittämiseen tai puolustamiseen (tietosuoja-asetuksen 17 artiklan 3 kohdan e alakohta). Mitään ei poistettu. Tiedot voi poistaa, kun vaade on ratkaistu ja säilytysmääräys poistettu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Processing of this customer&apos;s data is restricted (GDPR Art. 18), so the data must be kept, not deleted. Nothing was deleted. Lift the restriction first if its reason has ended.</source>
        <translation>Asiakkaan tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla), joten tiedot on säilytettävä eikä niitä saa poistaa. Mitään ei poistettu. Poista ensin käsittelyn rajoitus, jos sen syy on päättynyt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A data-protection request about this customer is still open, so their data cannot be deleted now: the request is answered on the data as it is. Nothing was deleted. Handle and close the request first; if the person asks for erasure, erase through the request.</source>
        <translation>Asiakasta koskeva tietosuojapyyntö on vielä avoinna, joten hänen tietojaan ei voi nyt poistaa: pyyntöön vastataan tietojen nykyisen tilan perusteella. Mitään ei poistettu. Käsittele ja sulje pyyntö ensin; jos henkilö pyytää tietojensa poistamista, poista ne pyynnön kautta.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup.py" line="+52"/>
        <source>The backup {path} is whole, but it was made by a newer version of Kirjuri, so this version cannot restore it. Install the newer version to restore it.</source>
        <translation>Varmuuskopio {path} on eheä, mutta sen on tehnyt Kirjurin uudempi versio, joten tämä versio ei voi palauttaa sitä. Asenna uudempi versio palauttaaksesi sen.</translation>
    </message>
    <message>
        <location filename="../desktop/core/consistency.py" line="+35"/>
        <source>The recipient {subject} is outside the EU/EEA, but the section on transfers outside the EU/EEA does not say so. Name the recipient or its country there, with the safeguard, in the register description.</source>
        <translation>Vastaanottaja {subject} on EU:n ja ETA:n ulkopuolella, mutta tietosuojaselosteen kohta siirroista EU:n ja ETA:n ulkopuolelle ei kerro sitä. Mainitse siinä vastaanottaja tai sen maa sekä siirron suojatoimi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recipient {subject} is outside the EU/EEA, but no transfer safeguard (adequacy decision, standard contractual clauses, ...) is named for it in the register description.</source>
        <translation>Vastaanottaja {subject} on EU:n ja ETA:n ulkopuolella, mutta tietosuojaselosteessa ei mainita sille siirron suojatoimea (tietosuojan riittävyyttä koskeva päätös, vakiosopimuslausekkeet tms.).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data has been disclosed to {subject}, but the register description does not list it as a recipient. Add it to the recipients in the register description.</source>
        <translation>Tietoja on luovutettu vastaanottajalle {subject}, mutta sitä ei ole mainittu tietosuojaselosteen vastaanottajissa. Lisää se selosteen vastaanottajiin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register description requires requests to be made in writing, signed or in person. The GDPR does not allow that (Art. 12(2)): suggest ways to send a request, but accept any.</source>
        <translation>Tietosuojaseloste vaatii, että pyynnöt tehdään kirjallisesti, allekirjoitettuina tai henkilökohtaisesti. Tietosuoja-asetus ei salli tätä (12 artiklan 2 kohta): voit ehdottaa tapoja lähettää pyyntö, mutta jokainen tapa on hyväksyttävä.</translation>
    </message>
    <message>
        <location filename="../desktop/services/disclosures/consistency.py" line="+22"/>
        <source>The register description does not agree with the data. Check it first.</source>
        <translation>Tietosuojaseloste ei vastaa rekisterin tietoja. Tarkista seloste ensin.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/decisions.py" line="+47"/>
        <source>The law does not allow this decision on this ground for this right.</source>
        <translation>Laki ei salli tätä päätöstä tällä perusteella tämän oikeuden kohdalla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This right was not asked in the request.</source>
        <translation>Tätä oikeutta ei pyydetty pyynnössä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refusal had to be sent by {due}: within one month of receipt, also when the time was extended (Art. 12(4)). Write why it is late; the reason is recorded with the decision.</source>
        <translation>Epäämisestä piti ilmoittaa viimeistään {due}: kuukauden kuluessa pyynnön vastaanottamisesta, myös kun määräaikaa on pidennetty (12 artiklan 4 kohta). Kirjoita viivästyksen syy; se kirjataan päätöksen yhteyteen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been erased through this request yet. Carry out the erasure first, then record the decision.</source>
        <translation>Tämän pyynnön kautta ei ole vielä poistettu mitään. Tee poisto ensin ja kirjaa sitten päätös.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/restriction.py" line="+43"/>
        <source>Tell the person before the restriction is lifted (Art. 18(3)): record the reason for lifting, then draft, sign and send the notice letter, and mark it sent.</source>
        <translation>Henkilölle on ilmoitettava ennen rajoituksen poistamista (18 artiklan 3 kohta): kirjaa poistamisen syy, laadi, allekirjoita ja lähetä ilmoituskirje ja merkitse se lähetetyksi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notice before lifting the restriction was sent on {sent}. The restriction can be lifted on {earliest} at the earliest (the waiting period set by the main user).</source>
        <translation>Ilmoitus rajoituksen poistamisesta lähetettiin {sent}. Rajoituksen voi poistaa aikaisintaan {earliest} (pääkäyttäjän asettama odotusaika).</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/import_files.py" line="+22"/>
        <source>The statement could not be read.</source>
        <translation>Selostetta ei voitu lukea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The statement could not be read: the file is larger than 20 MB.</source>
        <translation>Selostetta ei voitu lukea: tiedosto on yli 20 Mt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement could not be read: the PDF is protected with a password.</source>
        <translation>Selostetta ei voitu lukea: PDF on suojattu salasanalla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement could not be read: there is no text in it (a scanned image?). Paste the text instead.</source>
        <translation>Selostetta ei voitu lukea: siinä ei ole tekstiä (skannattu kuva?). Liitä teksti sen sijaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement could not be read: it is not a Word (.docx), OpenDocument (.odt), web page, PDF or text file.</source>
        <translation>Selostetta ei voitu lukea: se ei ole Word- (.docx), OpenDocument- (.odt), verkkosivu-, PDF- tai tekstitiedosto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement could not be read: the file is damaged or not what it seems.</source>
        <translation>Selostetta ei voitu lukea: tiedosto on vioittunut tai jotain muuta kuin miltä näyttää.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_connection.py" line="+46"/>
        <source>The server {server} does not offer an encrypted connection (TLS), so Kirjuri does not connect to it. Ask the server&apos;s administrator to switch TLS on.</source>
        <translation>Palvelin {server} ei tarjoa salattua yhteyttä (TLS), joten Kirjuri ei yhdistä siihen. Pyydä palvelimen ylläpitäjää ottamaan TLS käyttöön.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server {server} is not the one confirmed for this workstation: its certificate&apos;s fingerprint is {found}, the confirmed one is {expected}. Kirjuri did not connect. Ask the server&apos;s administrator whether the certificate was renewed before confirming a new one.</source>
        <translation>Palvelin {server} ei ole se, joka tälle työasemalle on vahvistettu: sen varmenteen sormenjälki on {found}, vahvistettu sormenjälki on {expected}. Kirjuri ei muodostanut yhteyttä. Kysy palvelimen ylläpitäjältä, onko varmenne uusittu, ennen kuin vahvistat uuden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server {server} cannot be reached. Check the address and the network connection.</source>
        <translation>Palvelimeen {server} ei saada yhteyttä. Tarkista osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/published.py" line="+28"/>
        <source>That published statement is not in the register.</source>
        <translation>Julkaistua selostetta ei ole rekisterissä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kept copy of that statement does not match its SHA-256: it was changed outside Kirjuri. Restore a backup.</source>
        <translation>Selosteen tallennettu kappale ei vastaa SHA-256-tiivistettään: sitä on muutettu Kirjurin ulkopuolella. Palauta varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../desktop/services/server/moving.py" line="+41"/>
        <source>Only a main user can move the register to a server or export it from one.</source>
        <translation>Vain pääkäyttäjä voi siirtää rekisterin palvelimelle tai viedä sen palvelimelta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This register is already on a server.</source>
        <translation>Tämä rekisteri on jo palvelimella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register is a file, not on a server: make a backup to copy it.</source>
        <translation>Tämä rekisteri on tiedosto eikä palvelimella: kopioi se tekemällä varmuuskopio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register was copied to {address} and checked, but this file could not be marked as moved (the disk may be full or read-only). Work in the register on the server (key file {keys}) and do not change this file any more.</source>
        <translation>Rekisteri kopioitiin palvelimelle {address} ja tarkistettiin, mutta tätä tiedostoa ei voitu merkitä siirretyksi (levy voi olla täynnä tai vain luettava). Jatka työtä palvelimella olevassa rekisterissä (avaintiedosto {keys}) äläkä enää muuta tätä tiedostoa.</translation>
    </message>
    <message>
        <location filename="../desktop/store/register_copy.py" line="+45"/>
        <source>The target {target} already holds tables. A register is moved only into an empty database (or a new file). Nothing was changed.</source>
        <translation>Kohteessa {target} on jo tauluja. Rekisteri siirretään vain tyhjään tietokantaan (tai uuteen tiedostoon). Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The register holds a table this Kirjuri does not know ({table}). Update Kirjuri before moving it. Nothing was changed.</source>
        <translation>Rekisterissä on taulu, jota tämä Kirjuri ei tunne ({table}). Päivitä Kirjuri ennen siirtoa. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy did not match the register ({table}), so it was not kept. Nothing was changed.</source>
        <translation>Kopio ei vastannut rekisteriä ({table}), joten sitä ei säilytetty. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file kept in the register does not match its stored SHA-256 ({what}): the register may be damaged or edited. Run kirjuri check. Nothing was changed.</source>
        <translation>Rekisteriin tallennettu tiedosto ei vastaa sille tallennettua SHA-256-tiivistettä ({what}): rekisteri voi olla vahingoittunut tai muokattu. Suorita kirjuri check. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../desktop/store/register_move.py" line="+68"/>
        <source>This register was moved to the office server ({address}) on {date} and is kept here read-only. Make changes in the register on the server.</source>
        <translation>Tämä rekisteri siirrettiin toimiston palvelimelle ({address}) {date}, ja tämä kopio säilytetään vain luettavana. Tee muutokset palvelimella olevaan rekisteriin.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_admin.py" line="+28"/>
        <source>{address} is not a PostgreSQL address. Give it as postgresql://server/database.</source>
        <translation>{address} ei ole PostgreSQL-osoite. Anna se muodossa postgresql://palvelin/tietokanta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not connect to the server {address}, or the connection was cut. Check the address, the user name and the password, and that the server is running. Nothing was changed.</source>
        <translation>Palvelimeen {address} ei saatu yhteyttä, tai yhteys katkesi. Tarkista osoite, käyttäjätunnus ja salasana sekä se, että palvelin on käynnissä. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_login.py" line="+34"/>
        <source>The register on the server {server} cannot be opened from this workstation yet: its key slots are not on the server. The main user logs in once on the workstation the register was moved from; after that every workstation can log in.</source>
        <translation>Palvelimella {server} olevaa rekisteriä ei voi vielä avata tältä työasemalta: sen avainpaikat eivät ole palvelimella. Pääkäyttäjä kirjautuu kerran sillä työasemalla, jolta rekisteri siirrettiin palvelimelle; sen jälkeen kaikki työasemat voivat kirjautua.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup file of a register on the office server cannot be made from a workstation yet. The server&apos;s own backups keep the register safe: ask its administrator.</source>
        <translation>Toimiston palvelimella olevasta rekisteristä ei voi vielä ottaa varmuuskopiotiedostoa työasemalta. Palvelimen omat varmuuskopiot pitävät rekisterin tallessa: kysy niistä palvelimen ylläpitäjältä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is not restored over the register on the office server from a workstation. The server&apos;s administrator restores it into a new, empty database on the server (kirjuri restore --url). To use a backup as a register file on this computer, choose &quot;Register file on this computer&quot; in the login window and restore it there.</source>
        <translation>Varmuuskopiota ei palauteta toimiston palvelimella olevan rekisterin päälle työasemalta. Palvelimen ylläpitäjä palauttaa sen palvelimelle uuteen, tyhjään tietokantaan (kirjuri restore --url). Jos haluat käyttää varmuuskopiota rekisteritiedostona tällä tietokoneella, valitse kirjautumisikkunassa &quot;Tämän tietokoneen rekisteritiedosto&quot; ja palauta se siellä.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the office server, the main user gives you a new password (Administration → Users). Your password was not changed.</source>
        <translation>Toimiston palvelimella pääkäyttäjä antaa sinulle uuden salasanan (Ylläpito → Käyttäjät). Salasanaasi ei vaihdettu.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_profile.py" line="+37"/>
        <source>“{address}” is not a server address Kirjuri understands. Give the server&apos;s name or IP address, the port (usually 5432) and the database&apos;s name.</source>
        <translation>”{address}” ei ole palvelimen osoite, jonka Kirjuri ymmärtää. Anna palvelimen nimi tai IP-osoite, portti (yleensä 5432) ja tietokannan nimi.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/customers/exporting.py" line="+68"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality of residence</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer status</source>
        <translation>Asiakkuuden tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: street</source>
        <translation>Työosoite: katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: postal code</source>
        <translation>Työosoite: postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: post office</source>
        <translation>Työosoite: postitoimipaikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: country</source>
        <translation>Työosoite: maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address kind</source>
        <translation>Osoitteen laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other addresses</source>
        <translation>Muut osoitteet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/customers/export_dialog.py" line="+47"/>
        <source>Export customers</source>
        <translation>Vie asiakkaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customers the list shows now are written to a file. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Luettelossa nyt näkyvät asiakkaat kirjoitetaan tiedostoon. Tiedostoa ei ole salattu: säilytä sitä turvallisesti ja poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV Exceliä varten (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-työkirja (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 for phones and Outlook (.vcf)</source>
        <translation>vCard 3.0 puhelimiin ja Outlookiin (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV (.csv)</source>
        <translation>Google Contacts -CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook CSV (.csv)</source>
        <translation>Outlook-CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (fi): Finnish headers, one value per cell (.xlsx)</source>
        <translation>Excel (fi): suomenkieliset otsikot, yksi tieto solua kohden (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (fi) as CSV (.csv)</source>
        <translation>Excel (fi) CSV-tiedostona (.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include customers whose processing is restricted</source>
        <translation>Ota mukaan myös asiakkaat, joiden tietojen käsittelyä on rajoitettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customers.csv</source>
        <translation>asiakkaat.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty if the file stays with you; otherwise who gets it</source>
        <translation>Tyhjä, jos tiedosto jää sinulle; muuten kuka sen saa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to</source>
        <translation>Luovutuksen saaja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a main user may export customer data.</source>
        <translation>Vain pääkäyttäjä voi viedä asiakastietoja.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards (*.vcf)</source>
        <translation>Yhteystietokortit (*.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to</source>
        <translation>Vie tiedostoon</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer list: names, email addresses, phone numbers and addresses</source>
        <translation>Asiakasluettelo: nimet, sähköpostiosoitteet, puhelinnumerot ja osoitteet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {count} customers to {path}.</source>
        <translation>Vietiin tiedostoon {path} asiakkaita: {count}.</translation>
    </message>
</context>
<context>
    <name>FirstStepsBox</name>
    <message>
        <location filename="../desktop/ui/dashboard/first_steps.py" line="+32"/>
        <source>First steps</source>
        <translation>Ensimmäiset askeleet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill in the register description: what you keep and why. The privacy statement is made from it.</source>
        <translation>Täytä rekisterin kuvaus: mitä tietoja pidät ja miksi. Tietosuojaseloste tehdään siitä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register description</source>
        <translation>Rekisterin kuvaus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add your customers one by one, or import them from a spreadsheet.</source>
        <translation>Lisää asiakkaasi yksitellen tai tuo ne taulukkotiedostosta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the first backup onto a USB stick, and keep it apart from the computer.</source>
        <translation>Tee ensimmäinen varmuuskopio USB-muistille ja säilytä sitä erillään tietokoneesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the recovery sheet and keep it in a safe place. If it was not printed or is lost, make a new recovery key under Users.</source>
        <translation>Tulosta palautusavaimen paperi ja säilytä se varmassa paikassa. Jos sitä ei tulostettu tai se on kadonnut, tee uusi palautusavain Käyttäjät-välilehdellä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../desktop/ui/help/guide.py" line="+120"/>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Sisällys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>HandlingTab</name>
    <message>
        <location filename="../desktop/ui/requests/handling.py" line="+105"/>
        <source>Record how the identity was checked first (Identity and deadline).</source>
        <translation>Kirjaa ensin, miten henkilöllisyys tarkistettiin (Henkilöllisyys ja määräaika).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decide…</source>
        <translation>Päätä…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show the data extract…</source>
        <translation>Näytä tieto-ote…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectify…</source>
        <translation>Oikaise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse a change…</source>
        <translation>Kieltäydy muutoksesta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a supplementary statement…</source>
        <translation>Kirjaa täydentävä lausuma…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview the erasure…</source>
        <translation>Esikatsele poisto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restrict processing…</source>
        <translation>Rajoita käsittelyä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan lifting…</source>
        <translation>Valmistele poistaminen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Lift the restriction</source>
        <translation>Poista rajoitus</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Export the data…</source>
        <translation>Vie tiedot…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the objection…</source>
        <translation>Kirjaa vastustaminen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban direct marketing…</source>
        <translation>Kiellä suoramarkkinointi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw consent…</source>
        <translation>Peru suostumus…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Data extract</source>
        <translation>Tieto-ote</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: ”{old}” → ”{new}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: “{new}” not changed — {reason}</source>
        <translation>{field}: ”{new}” jätetty muuttamatta — {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Restrict processing</source>
        <translation>Rajoita käsittelyä</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The data is kept but not used for marketing, mailings or exports until the restriction is lifted.</source>
        <translation>Tiedot säilytetään, mutta niitä ei käytetä markkinointiin, postituksiin eikä vienteihin ennen kuin rajoitus poistetaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <location line="+65"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Plan lifting the restriction</source>
        <translation>Rajoituksen poistamisen valmistelu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is told before the restriction is lifted. Write why it will be lifted; then draft the notice letter on the Letters tab and send it.</source>
        <translation>Henkilölle ilmoitetaan ennen kuin rajoitus poistetaan. Kirjoita, miksi se poistetaan; laadi sitten ilmoituskirje Kirjeet-välilehdellä ja lähetä se.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lift the restriction of processing? The data may then be used as before.</source>
        <translation>Poistetaanko käsittelyn rajoitus? Tietoja voi sen jälkeen käyttää kuten ennenkin.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>As the main user you may let this request go on without a checked identity. Your reason is recorded with the request and in the audit log.</source>
        <translation>Pääkäyttäjänä voit antaa tämän pyynnön edetä ilman henkilöllisyyden varmistusta. Perustelusi kirjataan pyyntöön ja tapahtumalokiin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override with a reason…</source>
        <translation>Ohita perustellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override the identity check</source>
        <translation>Henkilöllisyyden varmistuksen ohittaminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why may the request be handled without a checked identity? For example: you know the person and spoke with them.</source>
        <translation>Miksi pyynnön saa käsitellä ilman henkilöllisyyden varmistusta? Esimerkiksi: tunnet henkilön ja olet puhunut hänen kanssaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override and record the decision</source>
        <translation>Ohita ja kirjaa päätös</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where to save the file</source>
        <translation>Minne tiedosto tallennetaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {name}
SHA-256: {sha256}</source>
        <translation>Tallennettu {name}
SHA-256: {sha256}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (AES-256); the password goes separately.</source>
        <translation>Salattu (AES-256); salasana toimitetaan erikseen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Objection</source>
        <translation>Vastustaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which processing does the person object to? It stops for them.</source>
        <translation>Mitä käsittelyä henkilö vastustaa? Se lopetetaan hänen osaltaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the objection</source>
        <translation>Kirjaa vastustaminen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a ban on direct marketing? The person is left out of every marketing channel from now on.</source>
        <translation>Kirjataanko suoramarkkinointikielto? Henkilö jätetään tästä lähtien pois kaikista markkinointikanavista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban direct marketing</source>
        <translation>Kiellä suoramarkkinointi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawal of consent</source>
        <translation>Suostumuksen peruuttaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which consents does the person withdraw? Earlier use stays lawful.</source>
        <translation>Mitkä suostumukset henkilö peruu? Aiempi käyttö pysyy lainmukaisena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../desktop/ui/customers/statement_handout.py" line="+68"/>
        <source>Give privacy statement</source>
        <translation>Anna tietosuojaseloste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer gets version {version}, last updated {date}.</source>
        <translation>Asiakas saa version {version}, päivitetty {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register description has not been saved yet: the customer gets the template.</source>
        <translation>Rekisteriselostetta ei ole vielä tallennettu: asiakas saa mallipohjan mukaisen selosteen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print and record…</source>
        <translation>Tulosta ja kirjaa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF and record…</source>
        <translation>Tallenna PDF ja kirjaa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record only</source>
        <translation>Kirjaa vain</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Privacy statement</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>privacy-statement.pdf</source>
        <translation>tietosuojaseloste.pdf</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../desktop/ui/customers/history_tab.py" line="+40"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register keeps who did what and which fields changed, never the values.</source>
        <translation>Rekisteriin tallentuu, kuka teki mitä ja mitkä kentät muuttuivat, mutta ei koskaan kenttien arvoja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who has viewed this customer…</source>
        <translation>Ketkä ovat katsoneet tietoja…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/customers/import_warnings.py" line="+3"/>
        <source>earlier banned direct marketing</source>
        <translation>kieltänyt aiemmin suoramarkkinoinnin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier erased</source>
        <translation>poistettu aiemmin</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/flags.py" line="+15"/>
        <source>holds a line break</source>
        <translation>sisältää rivinvaihdon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a control character</source>
        <translation>sisältää ohjausmerkin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds separators, as if several columns were in it</source>
        <translation>sisältää erottimia, kuin siinä olisi useita sarakkeita</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="-26"/>
        <source>Cells beyond the 512th column were not read: a customer file has fewer columns.</source>
        <translation>Soluja 512. sarakkeen jälkeen ei luettu: asiakastiedostossa on vähemmän sarakkeita.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/ldif_reader.py" line="+21"/>
        <source>Mailing lists in the file are not customers and were left out.</source>
        <translation>Tiedoston postituslistat eivät ole asiakkaita, joten niitä ei tuotu.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="+50"/>
        <source>not a phone number Kirjuri can read: kept as written in the notes</source>
        <translation>ei puhelinnumero, jonka Kirjuri tunnistaa: säilytetty sellaisenaan muistiinpanoissa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fax or pager number: kept in the notes</source>
        <translation>faksin tai hakulaitteen numero: säilytetty muistiinpanoissa</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/column_contents.py" line="+17"/>
        <source>Column {column} looks like email addresses and is not imported.</source>
        <translation>Sarake {column} näyttää sähköpostiosoitteilta, eikä sitä tuoda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {column} looks like phone numbers and is not imported.</source>
        <translation>Sarake {column} näyttää puhelinnumeroilta, eikä sitä tuoda.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/customers/import_dialog.py" line="+77"/>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a CSV file, an Excel workbook or contact cards.</source>
        <translation>Valitse CSV-tiedosto, Excel-työkirja tai yhteystietokortit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the customer field for each column. The first rows are shown.</source>
        <translation>Valitse kullekin sarakkeelle asiakkaan kenttä. Ensimmäiset rivit näytetään.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>Tarkista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import these columns too</source>
        <translation>Tuo myös nämä sarakkeet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave out people who earlier banned direct marketing or whose data was erased</source>
        <translation>Jätä pois henkilöt, jotka ovat aiemmin kieltäneet suoramarkkinoinnin tai joiden tiedot on poistettu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out possible duplicates</source>
        <translation>Jätä pois mahdolliset kaksoiskirjaukset</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report of rejected rows…</source>
        <translation>Tallenna raportti hylätyistä riveistä…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel import</source>
        <translation>Keskeytä tuonti</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer files (*.csv *.txt *.xlsx *.vcf *.vcard *.ldif);;All files (*)</source>
        <translation>Asiakastiedostot (*.csv *.txt *.xlsx *.vcf *.vcard *.ldif);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>semicolon</source>
        <translation>puolipiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>pilkku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: {encoding} · Separator: {delimiter} · Rows: {rows}</source>
        <translation>Merkistö: {encoding} · Erotin: {delimiter} · Rivejä: {rows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows: {rows}</source>
        <translation>Rivejä: {rows}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column {number}</source>
        <translation>Sarake {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking the rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press Check to see what would be imported.</source>
        <translation>Paina Tarkista, niin näet, mitä tuotaisiin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows in the file: {rows} = accepted {accepted} + rejected {rejected} · To add: {added} · Possible duplicates: {duplicates} · Earlier banned or erased: {suppressed} · Rows to look at: {flagged}</source>
        <translation>Rivejä tiedostossa: {rows} = hyväksyttyjä {accepted} + hylättyjä {rejected} · Lisättäviä: {added} · Mahdollisia kaksoiskirjauksia: {duplicates} · Aiemmin kieltäneitä tai poistettuja: {suppressed} · Tarkistettavia rivejä: {flagged}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read as an export of {program}.</source>
        <translation>Luettu ohjelman {program} vientitiedostona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of the rejected, unreadable contacts: {count}</source>
        <translation>Hylätyistä lukukelvottomia yhteystietoja: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns with data that are not imported: {columns}</source>
        <translation>Sarakkeet, joissa on tietoja mutta joita ei tuoda: {columns}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/import_findings.py" line="+20"/>
        <source>Row {row}: {what}</source>
        <translation>Rivi {row}: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check: {cells}</source>
        <translation>tarkista: {cells}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: {reasons}</source>
        <translation>hylätty: {reasons}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>customer {number} {name}</source>
        <translation>asiakas {number} {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {row}</source>
        <translation>rivi {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>possible duplicate ({reasons}) of {who}</source>
        <translation>mahdollisesti sama kuin {who} ({reasons})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {count} more</source>
        <translation>… ja {count} muuta</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/import_dialog.py" line="+28"/>
        <source>Save report of rejected rows</source>
        <translation>Tallenna raportti hylätyistä riveistä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected-rows.csv</source>
        <translation>hylatyt-rivit.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {count} rejected rows to {path}. Fix them there and import that file.</source>
        <translation>Hylätyt rivit ({count}) tallennettiin tiedostoon {path}. Korjaa ne siellä ja tuo se tiedosto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Keskeytetään…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added {added} customers. Left out: {skipped}. Rejected: {rejected}.</source>
        <translation>Lisättyjä asiakkaita: {added}. Pois jätettyjä: {skipped}. Hylättyjä: {rejected}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="+55"/>
        <source>Swedish texts of the Finnish sections in the editor</source>
        <translation>Muokkaimen suomenkielisten osioiden ruotsinkielisinä teksteinä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English texts of the Finnish sections in the editor</source>
        <translation>Muokkaimen suomenkielisten osioiden englanninkielisinä teksteinä</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import an existing statement</source>
        <translation>Tuo olemassa oleva seloste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Heading</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text begins</source>
        <translation>Teksti alkaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes with the Finnish section</source>
        <translation>Vastaava suomenkielinen osio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Finnish statement (replaces the sections)</source>
        <translation>Suomenkielisenä selosteena (korvaa osiot)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title: {title}
Date line: {date}</source>
        <translation>Otsikko: {title}
Päiväysrivi: {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave these paragraphs out of the statement</source>
        <translation>Jätä nämä kappaleet pois selosteesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add them to the introduction</source>
        <translation>Lisää ne johdantoon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take into the editor</source>
        <translation>Vie muokkaimeen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement as read</source>
        <translation>Seloste sellaisena kuin se luettiin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections in Kirjuri, in this order</source>
        <translation>Osiot Kirjurissa, tässä järjestyksessä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import as:</source>
        <translation>Tuo tiedosto:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kirjuri could not place these paragraphs (page numbers and the like):</source>
        <translation>Kirjuri ei osannut sijoittaa näitä kappaleita (sivunumerot ja vastaavat):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Each section is matched to a Finnish section in order, as the table shows. The Finnish texts stay as they are.</source>
        <translation>Kukin osio liitetään järjestyksessä suomenkieliseen osioon taulukon mukaisesti. Suomenkieliset tekstit säilyvät ennallaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This statement has {found} sections and the Finnish one {expected}: they are matched in order, so there must be as many. Nothing can be imported as it is; correct the headings in the file, or import it as the Finnish statement.</source>
        <translation>Tässä selosteessa on {found} osiota ja suomenkielisessä {expected}: osiot liitetään toisiinsa järjestyksessä, joten niitä on oltava yhtä monta. Tällaisenaan mitään ei voi tuoda; korjaa tiedoston otsikot tai tuo se suomenkielisenä selosteena.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="+16"/>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (first and last)</source>
        <translation>Koko nimi (etu- ja sukunimi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work email</source>
        <translation>Työsähköposti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile phone</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work phone</source>
        <translation>Työpuhelin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home phone</source>
        <translation>Kotipuhelin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work address: street</source>
        <translation>Työosoite: katuosoite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work address: postal code</source>
        <translation>Työosoite: postinumero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work address: post office</source>
        <translation>Työosoite: postitoimipaikka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work address: country</source>
        <translation>Työosoite: maa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: street</source>
        <translation>Muu osoite: katuosoite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: postal code</source>
        <translation>Muu osoite: postinumero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: post office</source>
        <translation>Muu osoite: postitoimipaikka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: country</source>
        <translation>Muu osoite: maa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address kind</source>
        <translation>Osoitteen laji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other addresses</source>
        <translation>Muut osoitteet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax (kept in the notes)</source>
        <translation>Faksi (säilytetään muistiinpanoissa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pager (kept in the notes)</source>
        <translation>Hakulaite (säilytetään muistiinpanoissa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole address in one cell</source>
        <translation>Koko osoite yhdessä solussa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of the next columns (home, work)</source>
        <translation>Seuraavien sarakkeiden laji (koti, työ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Municipality of residence</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer status</source>
        <translation>Asiakkuuden tila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Asiakkuus alkoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— do not import —</source>
        <translation>— älä tuo —</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/documents/labels.py" line="+77"/>
        <source>At least one.</source>
        <translation>Vähintään yksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label must be at least 15 mm.</source>
        <translation>Tarran on oltava vähintään 15 mm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be negative.</source>
        <translation>Ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels, margin and gaps are wider than A4 (210 mm).</source>
        <translation>Tarrat, marginaali ja välit ovat yhteensä leveämpiä kuin A4 (210 mm).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels, margin and gaps are taller than A4 (297 mm).</source>
        <translation>Tarrat, marginaali ja välit ovat yhteensä korkeampia kuin A4 (297 mm).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3 × 8 labels, 70 × 37 mm</source>
        <translation>3 × 8 tarraa, 70 × 37 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 7 labels, 99.1 × 38.1 mm</source>
        <translation>2 × 7 tarraa, 99,1 × 38,1 mm</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../desktop/ui/customers/labels_dialog.py" line="+89"/>
        <source>Print address labels</source>
        <translation>Tulosta osoitetarrat</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Own sheet…</source>
        <translation>Oma arkki…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a sheet already partly used, start at this label.</source>
        <translation>Osittain käytetyllä arkilla aloita tästä tarrasta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own sheet (millimetres)</source>
        <translation>Oma arkki (millimetreinä)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Columns</source>
        <translation>Sarakkeita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Rivejä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label width</source>
        <translation>Tarran leveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label height</source>
        <translation>Tarran korkeus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Yläreuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Vasen reuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Sarakkeiden väli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Rivien väli</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print (Ctrl+P)</source>
        <translation>Tulosta (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Label sheet</source>
        <translation>Tarra-arkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at label</source>
        <translation>Aloita tarrasta</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n customer(s) in the list.</source>
        <translation>
            <numerusform>Luettelossa on %n asiakas.</numerusform>
            <numerusform>Luettelossa on %n asiakasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n tarra</numerusform>
            <numerusform>%n tarraa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>on %n sheet(s).</source>
        <translation>
            <numerusform>%n arkille.</numerusform>
            <numerusform>%n arkille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n banned direct marketing by post</source>
        <translation>
            <numerusform>%n on kieltänyt postitse tehtävän suoramarkkinoinnin</numerusform>
            <numerusform>%n on kieltänyt postitse tehtävän suoramarkkinoinnin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with processing restricted</source>
        <translation>
            <numerusform>%n:n tietojen käsittely on rajoitettu</numerusform>
            <numerusform>%n:n tietojen käsittely on rajoitettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a postal address</source>
        <translation>
            <numerusform>%n:lta puuttuu postiosoite</numerusform>
            <numerusform>%n:lta puuttuu postiosoite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out: {reasons}.</source>
        <translation>
            <numerusform>Pois jätetty %n: {reasons}.</numerusform>
            <numerusform>Pois jätetty %n: {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody was left out.</source>
        <translation>Ketään ei jätetty pois.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save labels as PDF</source>
        <translation>Tallenna tarrat PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address-labels.pdf</source>
        <translation>osoitetarrat.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The labels were saved in {path}.</source>
        <translation>Tarrat tallennettiin tiedostoon {path}.</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../desktop/ui/documents/actions.py" line="+42"/>
        <source>Save the letter as PDF</source>
        <translation>Tallenna kirje PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the business&apos;s digital signature to the PDF? Use it when the letter is sent by email; a printed letter is signed by hand.</source>
        <translation>Lisätäänkö PDF-tiedostoon yrityksen sähköinen allekirjoitus? Käytä sitä, kun kirje lähetetään sähköpostilla; tulostettu kirje allekirjoitetaan käsin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign digitally</source>
        <translation>Allekirjoita sähköisesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without</source>
        <translation>Tallenna ilman</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter was saved, digitally signed, as {path}.</source>
        <translation>Kirje tallennettiin sähköisesti allekirjoitettuna tiedostoon {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter was saved as {path}.</source>
        <translation>Kirje tallennettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply {diary_number}</source>
        <translation>Vastaus {diary_number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/extract.py" line="+18"/>
        <source>Data extract</source>
        <translation>Tietoote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the data extract as PDF</source>
        <translation>Tallenna tietoote PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-extract.pdf</source>
        <translation>tieto-ote.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The extract was saved as {path}.</source>
        <translation>Tietoote tallennettiin tiedostoon {path}.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/core/letters.py" line="+51"/>
        <source>Acknowledgement of receipt</source>
        <translation>Vastaanottoilmoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for identification</source>
        <translation>Pyyntö henkilöllisyyden varmistamiseksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension notice</source>
        <translation>Ilmoitus määräajan pidentämisestä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access reply with the data appendix</source>
        <translation>Vastaus tarkastuspyyntöön tietoliitteineen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification done</source>
        <translation>Ilmoitus oikaisusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused (certificate)</source>
        <translation>Oikaisun epääminen (todistus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erasure done</source>
        <translation>Ilmoitus tietojen poistamisesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction confirmed</source>
        <translation>Käsittelyn rajoittamisen vahvistus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection or marketing ban confirmed</source>
        <translation>Vastustamisen tai markkinointikiellon vahvistus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portability cover letter</source>
        <translation>Siirrettävien tietojen saatekirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal with reasons (Art. 12(4))</source>
        <translation>Epääminen perusteluineen (12 artiklan 4 kohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure refused (Art. 17)</source>
        <translation>Poistamisen epääminen (17 artikla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection: processing continues (Art. 21(1))</source>
        <translation>Vastustaminen: käsittely jatkuu (21 artiklan 1 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawal confirmed (Art. 7(3))</source>
        <translation>Suostumuksen peruuttaminen vahvistettu (7 artiklan 3 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice before lifting a restriction (Art. 18(3))</source>
        <translation>Ilmoitus ennen rajoituksen poistamista (18 artiklan 3 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Ilmoitus vastaanottajalle (19 artikla)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority letter</source>
        <translation>Priority-kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered letter</source>
        <translation>Kirjattu kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over in person</source>
        <translation>Luovutettu henkilökohtaisesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/labels.py" line="+51"/>
        <source>within the deadline {due}</source>
        <translation>määräajassa ({due})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER the deadline {due}</source>
        <translation>MÄÄRÄAJAN ({due}) JÄLKEEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date}, {how} — {deadline}</source>
        <translation>{date}, {how} — {deadline}</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../desktop/ui/models/letters_model.py" line="+22"/>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary no.</source>
        <translation>Diaarinro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Allekirjoittaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../desktop/ui/requests/letters_tab.py" line="+106"/>
        <source>To</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New letter</source>
        <translation>Uusi kirje</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclosures</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Jakelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to</source>
        <translation>Tiedoksi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who receives the letter besides the recipient, one a line</source>
        <translation>Kenelle kirje lähetetään vastaanottajan lisäksi, yksi riville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (the first line is the subject)</source>
        <translation>Teksti (ensimmäinen rivi on otsikko)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign and print…</source>
        <translation>Allekirjoita ja tulosta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print again…</source>
        <translation>Tulosta uudelleen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent…</source>
        <translation>Merkitse lähetetyksi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Hylkää luonnos</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose a letter above, or make a new one.</source>
        <translation>Valitse kirje yllä olevasta luettelosta tai tee uusi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: edit the text, look at the preview, then sign and print.</source>
        <translation>Luonnos: muokkaa tekstiä, katso esikatselu ja allekirjoita ja tulosta sitten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed {when} by {who}. SHA-256: {sha}</source>
        <translation>Allekirjoittanut {who} {when}. SHA-256: {sha}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent: {sent}</source>
        <translation>Lähetetty: {sent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked as sent yet.</source>
        <translation>Ei vielä merkitty lähetetyksi.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Preview: {title}</source>
        <translation>Esikatselu: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign this letter as {name}? The signed letter is kept in the register exactly as it prints, and it cannot be changed afterwards.</source>
        <translation>Allekirjoitetaanko kirje nimellä {name}? Allekirjoitettu kirje säilytetään rekisterissä täsmälleen tulostetun kaltaisena, eikä sitä voi sen jälkeen muuttaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and print</source>
        <translation>Allekirjoita ja tulosta</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{letter}, signed {when}.</source>
        <translation>{letter}, allekirjoitettu {when}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard this draft?</source>
        <translation>Hylätäänkö tämä luonnos?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="+157"/>
        <source>Log a request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What exactly was asked, in their words</source>
        <translation>Mitä tarkalleen pyydettiin, pyytäjän omin sanoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for</source>
        <translation>Pyytää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Mitä pyydettiin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h.mm</source>
        <translation>t.mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>klo</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The request was received on {day}, more than a month ago. Its one-month deadline may already have passed. Is the date right?</source>
        <translation>Pyyntö on saapunut {day}, yli kuukausi sitten. Sen kuukauden määräaika on voinut jo kulua umpeen. Onko päivämäärä oikein?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date is right</source>
        <translation>Päivämäärä on oikein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the date</source>
        <translation>Korjaa päivämäärä</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Written and signed by hand</source>
        <translation>Käsin kirjoitettu ja allekirjoitettu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only if someone acts for the person</source>
        <translation>Vain jos joku toimii henkilön puolesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: power of attorney dated 1.11.2026, guardian</source>
        <translation>Esimerkiksi: valtakirja 1.11.2026, edunvalvoja</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attach the scanned original…</source>
        <translation>Liitä skannattu alkuperäinen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>No file attached</source>
        <translation>Ei liitettyä tiedostoa</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came by</source>
        <translation>Saapumistapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in</source>
        <translation>Vastauskieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Edustaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation</source>
        <translation>Valtuutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Alkuperäinen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Log the request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The scanned original</source>
        <translation>Skannattu alkuperäinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Skannaukset ja asiakirjat (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/login.py" line="+315"/>
        <source>Log in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to the office server {server}</source>
        <translation>Kirjaudu toimiston palvelimelle {server}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office server…</source>
        <translation>Toimiston palvelin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register file on this computer</source>
        <translation>Tämän tietokoneen rekisteritiedosto</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location line="-250"/>
        <source>Log in to Kirjuri</source>
        <translation>Kirjaudu Kirjuriin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remember me on this computer</source>
        <translation>Muista minut tällä tietokoneella</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are remembered on this computer: press Log in.</source>
        <translation>Sinut muistetaan tällä tietokoneella: paina Kirjaudu sisään.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgot your password?</source>
        <translation>Unohditko salasanasi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“Remember me” is not available: this computer has no secure password store.</source>
        <translation>”Muista minut” ei ole käytettävissä: tällä tietokoneella ei ole suojattua salasanasäilöä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The main user has turned off “Remember me” for this register.</source>
        <translation>Pääkäyttäjä on poistanut ”Muista minut” -toiminnon käytöstä tässä rekisterissä.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter your user name.</source>
        <translation>Anna käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Anna salasanasi.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your password has changed. Log in with your password.</source>
        <translation>Salasanasi on vaihtunut. Kirjaudu sisään salasanallasi.</translation>
    </message>
</context>
<context>
    <name>MainUserPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+68"/>
        <source>You, the main user</source>
        <translation>Sinä, pääkäyttäjä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The main user may do everything, including adding other users. Everyone who uses Kirjuri gets their own user name and password later.</source>
        <translation>Pääkäyttäjä saa tehdä kaiken, myös lisätä muita käyttäjiä. Jokainen Kirjurin käyttäjä saa myöhemmin oman käyttäjätunnuksen ja salasanan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the register</source>
        <translation>Luo rekisteri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example Entrepreneur</source>
        <translation>esimerkiksi yrittäjä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a password of at least 10 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Valitse vähintään 10 merkin salasana. Lyhyt lause on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+112"/>
        <location line="+167"/>
        <source>Demo register — the people in it are made up. Your own register is kept separately.</source>
        <translation>Esittelyrekisteri — sen henkilöt ovat keksittyjä. Oma rekisterisi säilytetään erikseen.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Create my own register…</source>
        <translation>Luo oma rekisteri…</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Varmuuskopioi nyt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>Vaihda &amp;salasanani…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My si&amp;gnature…</source>
        <translation>Oma &amp;allekirjoitus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch user…</source>
        <translation>Vaihda &amp;käyttäjää…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kirjuri</source>
        <translation>&amp;Tietoja Kirjurista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> — DEMO REGISTER</source>
        <translation> — ESITTELYREKISTERI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — office server {server}</source>
        <translation> — toimiston palvelin {server}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>No connection to the office&apos;s server. Kirjuri keeps trying; what you type is kept until it can be saved.</source>
        <translation>Ei yhteyttä toimiston palvelimeen. Kirjuri yrittää uudelleen; kirjoittamasi tiedot säilyvät, kunnes ne voidaan tallentaa.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The backup was restored. Log in to the register.</source>
        <translation>Varmuuskopio palautettiin. Kirjaudu rekisteriin.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="+93"/>
        <source>Locked. {name} is logged in.</source>
        <translation>Lukittu. {name} on kirjautuneena.</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{name} left changes that are not saved. Keep them?</source>
        <translation>Käyttäjältä {name} jäi tallentamattomia muutoksia. Säilytetäänkö ne?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save their changes</source>
        <translation>Tallenna muutokset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard their changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some changes are not saved. Save them now?</source>
        <translation>Kaikkia muutoksia ei ole tallennettu. Tallennetaanko ne nyt?</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../desktop/ui/requests/sent_dialog.py" line="+46"/>
        <location line="+27"/>
        <source>Mark as sent</source>
        <translation>Merkitse lähetetyksi</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>e.g. JJFI12345678901234</source>
        <translation>esim. JJFI12345678901234</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent on</source>
        <translation>Lähetyspäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Lähetystapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Lähetystunnus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the final reply: close the request (identity copies are deleted)</source>
        <translation>Tämä on lopullinen vastaus: sulje pyyntö (henkilöllisyystodistusten kopiot poistetaan)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/ui/customers/merge_dialog.py" line="+25"/>
        <source>Merge duplicates</source>
        <translation>Yhdistä kaksoiskirjaukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the record to keep. The other record&apos;s contact details, consents, contact history, orders and attachments are moved to it, and the other record is removed. This cannot be undone.</source>
        <translation>Valitse säilytettävä asiakas. Toisen asiakkaan yhteystiedot, suostumukset, yhteydenotot, tilaukset ja liitteet siirretään sille, ja toinen poistetaan. Tätä ei voi perua.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {name} (customer {number})</source>
        <translation>Säilytä {name} (asiakas {number})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="+15"/>
        <source>Kirjuri</source>
        <translation>Kirjuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/admin/user_dialog.py" line="+126"/>
        <source>New password for {name}</source>
        <translation>Uusi salasana käyttäjälle {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../desktop/ui/admin/recovery_key_dialog.py" line="+32"/>
        <source>New recovery key</source>
        <translation>Uusi palautusavain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new key</source>
        <translation>Tee uusi avain</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Make a new recovery key when the recovery sheet is lost or someone else may have seen it. The old key stops opening the register at once.

Backups made before now still open with the old key (and with the passwords valid then): keep the old sheet until those backups have been replaced.

Type your own password to confirm.</source>
        <translation>Tee uusi palautusavain, kun palautusavainsivu on kadonnut tai joku muu on ehkä nähnyt sen. Vanha avain ei sen jälkeen enää avaa rekisteriä.

Tätä ennen tehdyt varmuuskopiot avautuvat yhä vanhalla avaimella (ja silloin voimassa olleilla salasanoilla): säilytä vanha sivu, kunnes ne varmuuskopiot on korvattu uusilla.

Vahvista kirjoittamalla oma salasanasi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your password</source>
        <translation>Oma salasanasi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your password.</source>
        <translation>Kirjoita salasanasi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is not right.</source>
        <translation>Salasana ei ole oikein.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/customers/orders_tab.py" line="+133"/>
        <source>New order</source>
        <translation>Uusi tilaus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit order</source>
        <translation>Muokkaa tilausta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 12,50</source>
        <translation>esimerkiksi 12,50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: 31.12. of the order&apos;s year</source>
        <translation>tyhjä: tilausvuoden 31.12.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (€)</source>
        <translation>Summa (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Laskun numero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial period ends</source>
        <translation>Tilikausi päättyy</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location line="-109"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial period ends</source>
        <translation>Tilikausi päättyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add order…</source>
        <translation>Lisää tilaus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete the order of {date} ({amount})?</source>
        <translation>Poistetaanko {date} tehty tilaus ({amount})?</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../desktop/ui/requests/portability_dialogs.py" line="+29"/>
        <source>Export the data</source>
        <translation>Tietojen vienti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds the person&apos;s data. A USB stick in the post can be lost: encrypt the file and give the password apart from the stick. The person opens it with the free 7-Zip or a similar program; the cover letter tells them how.</source>
        <translation>Tiedostossa ovat henkilön tiedot. Postissa kulkeva muistitikku voi kadota: salaa tiedosto ja toimita salasana erillään tikusta. Henkilö avaa tiedoston maksuttomalla 7-Zip-ohjelmalla tai vastaavalla; saatekirje kertoo, miten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt; send the password in a separate letter</source>
        <translation>Salaa; salasana lähetetään erillisellä kirjeellä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt; tell the password by telephone</source>
        <translation>Salaa; salasana kerrotaan puhelimessa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not encrypt (handed over in person)</source>
        <translation>Älä salaa (luovutetaan henkilökohtaisesti)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the file…</source>
        <translation>Tallenna tiedosto…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="+31"/>
        <source>Dashboard</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description</source>
        <translation>Rekisterin kuvaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/ui/requests/portability_dialogs.py" line="+31"/>
        <source>Password of the file</source>
        <translation>Tiedoston salasana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of {name}:</source>
        <translation>Tiedoston {name} salasana:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the password letter now and post it separately from the stick. Kirjuri does not keep the password: after this window it cannot be shown again.</source>
        <translation>Tulosta salasanakirje nyt ja postita se erillään muistitikusta. Kirjuri ei säilytä salasanaa: tämän ikkunan sulkemisen jälkeen sitä ei voi näyttää uudelleen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the password to the person by telephone, after making sure you are speaking to them. Kirjuri does not keep the password: after this window it cannot be shown again.</source>
        <translation>Kerro salasana henkilölle puhelimessa, kun olet varmistanut puhuvasi hänen kanssaan. Kirjuri ei säilytä salasanaa: tämän ikkunan sulkemisen jälkeen sitä ei voi näyttää uudelleen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print the password letter…</source>
        <translation>Tulosta salasanakirje…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../desktop/ui/documents/preview.py" line="+105"/>
        <source>Previous page</source>
        <translation>Edellinen sivu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Seuraava sivu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller</source>
        <translation>Pienemmäksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>Suuremmaksi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page {page} / {pages}</source>
        <translation>Sivu {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="-120"/>
        <source>Remove the stored identity code</source>
        <translation>Poista tallennettu henkilötunnus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown masked. Type a new code to replace the stored one.</source>
        <translation>Näytetään peitettynä. Kirjoita uusi tunnus korvataksesi tallennetun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not recorded</source>
        <translation>ei tallennettu</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../desktop/ui/printing.py" line="+78"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The printer could not print the document.</source>
        <translation>Tulostin ei pystynyt tulostamaan asiakirjaa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web pages (*.html)</source>
        <translation>Verkkosivut (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+30"/>
        <source>Kirjuri cannot write the file {path}. Check the folder and its permissions.</source>
        <translation>Kirjuri ei voi kirjoittaa tiedostoa {path}. Tarkista kansio ja sen käyttöoikeudet.</translation>
    </message>
</context>
<context>
    <name>PrivacyContactFields</name>
    <message>
        <location filename="../desktop/ui/widgets/privacy_contact.py" line="+24"/>
        <source>Leave empty if it is you</source>
        <translation>Jätä tyhjäksi, jos se olet sinä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person for data protection</source>
        <translation>Tietosuoja-asioiden yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person&apos;s email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, address:</source>
        <translation>Kyllä, osoite:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Do you have a web site?</source>
        <translation>Onko teillä verkkosivusto?</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="-77"/>
        <source>Data protection</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy statement names a contact person and describes the cookies of your web site. All of these can be left empty and changed later in Administration.</source>
        <translation>Tietosuojaselosteessa nimetään yhteyshenkilö ja kuvataan verkkosivustonne evästeet. Kaikki kentät voi jättää tyhjiksi ja muuttaa myöhemmin Ylläpidossa.</translation>
    </message>
</context>
<context>
    <name>PublishedDialog</name>
    <message>
        <location filename="../desktop/ui/statement/published_dialog.py" line="+42"/>
        <source>Published statements</source>
        <translation>Julkaistut selosteet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every statement printed or saved is kept here as it went out. Open one, or save it again: the file is the same to the byte (compare its SHA-256).</source>
        <translation>Jokainen tulostettu tai tallennettu seloste säilyy tässä sellaisena kuin se julkaistiin. Avaa seloste tai tallenna se uudelleen: tiedosto on tavulleen sama (vertaa SHA-256-tiivistettä).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How, by whom</source>
        <translation>Miten, kuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No statement has been published yet.</source>
        <translation>Selostetta ei ole vielä julkaistu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Avaa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save again…</source>
        <translation>Tallenna uudelleen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>template</source>
        <translation>mallipohja</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Privacy statement, version {version}</source>
        <translation>Tietosuojaseloste, versio {version}</translation>
    </message>
</context>
<context>
    <name>PublishedStatements</name>
    <message>
        <location line="-104"/>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kirjuri statement</source>
        <translation>kirjuri statement</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/qt_gaps.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+1"/>
        <source>Double Sided Printing</source>
        <translation>Kaksipuolinen tulostus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side binding</source>
        <translation>Sidonta pitkältä reunalta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side binding</source>
        <translation>Sidonta lyhyeltä reunalta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Ei käytössä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Sivut:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-44"/>
        <source>Write the reason.</source>
        <translation>Kirjoita syy.</translation>
    </message>
</context>
<context>
    <name>RecipientsTable</name>
    <message>
        <location filename="../desktop/ui/statement/sections.py" line="+192"/>
        <source>The same in every language: change it in Finnish.</source>
        <translation>Sama kaikilla kielillä: muuta se suomenkielisissä teksteissä.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/recovery.py" line="+30"/>
        <source>Recover access</source>
        <translation>Palauta käyttöoikeus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery key from the recovery sheet kept in your safe. Then choose a main user and give them a new password.</source>
        <translation>Kirjoita palautusavain kassakaapissa säilytetystä paperista. Valitse sitten pääkäyttäjä ja anna hänelle uusi salasana.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main user</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Uusi salasana uudelleen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the recovery key.</source>
        <translation>Kirjoita palautusavain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+81"/>
        <source>Your recovery key</source>
        <translation>Palautusavaimesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is shown only once. Write it down or print it now.</source>
        <translation>Avain näytetään vain kerran. Kirjoita se muistiin tai tulosta se nyt.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../desktop/ui/widgets/recovery_key_panel.py" line="+21"/>
        <source>If every password is forgotten, this key is the only way to open the register. Write it on paper (or print this page), and keep the paper in a safe or a locked drawer — not on this computer and not with the backups.</source>
        <translation>Jos kaikki salasanat unohtuvat, rekisterin voi avata vain tällä avaimella. Kirjoita se paperille (tai tulosta tämä sivu) ja säilytä paperia kassakaapissa tai lukitussa laatikossa — ei tällä tietokoneella eikä varmuuskopioiden kanssa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I have written down the recovery key and will keep it in a safe place.</source>
        <translation>Olen kirjoittanut palautusavaimen muistiin ja säilytän sitä turvallisessa paikassa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save it only on a USB stick that goes into the safe with the paper.</source>
        <translation>Tallenna se vain USB-muistitikulle, joka säilytetään kassakaapissa paperin kanssa.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recovery-key.pdf</source>
        <translation>palautusavain.pdf</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-55"/>
        <source>Email address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Lähiosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Refuse a rectification</source>
        <translation>Kieltäydy oikaisusta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectify the data</source>
        <translation>Oikaise tiedot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value asked for</source>
        <translation>Pyydetty arvo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct value</source>
        <translation>Oikea arvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it is not changed</source>
        <translation>Miksi sitä ei muuteta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse</source>
        <translation>Kieltäydy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectify</source>
        <translation>Oikaise</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the reason.</source>
        <translation>Kirjoita syy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the correct value.</source>
        <translation>Kirjoita oikea arvo.</translation>
    </message>
</context>
<context>
    <name>RelationshipTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="+193"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Separate with commas: VIP, Lunch</source>
        <translation>Erota pilkuilla: VIP, Lounas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Given when saved</source>
        <translation>Annetaan tallennettaessa</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dashboard/reminder.py" line="+16"/>
        <source>%n request(s) due within 7 days or already late.</source>
        <translation>
            <numerusform>%n pyyntö erääntyy 7 päivän kuluessa tai on jo myöhässä.</numerusform>
            <numerusform>%n pyyntöä erääntyy 7 päivän kuluessa tai on jo myöhässä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>Niistä %n on myöhässä.</numerusform>
            <numerusform>Niistä %n on myöhässä.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Requests due soon</source>
        <translation>Pian erääntyviä pyyntöjä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard lists them by due date, the most urgent first.</source>
        <translation>Etusivulla ne ovat määräpäivän mukaan, kiireellisimmät ensin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dashboard</source>
        <translation>Avaa etusivu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../desktop/ui/requests/detail_dialog.py" line="+66"/>
        <source>Password by a separate letter</source>
        <translation>Salasana erillisellä kirjeellä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password by telephone</source>
        <translation>Salasana puhelimessa</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity and deadline</source>
        <translation>Henkilöllisyys ja määräaika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Event log</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered…</source>
        <translation>Vastattu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the request…</source>
        <translation>Epää pyyntö…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+333"/>
        <source>Close the request</source>
        <translation>Sulje pyyntö</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Reopen…</source>
        <translation>Avaa uudelleen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Edustaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for</source>
        <translation>Pyytää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Mitä pyydettiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came by</source>
        <translation>Saapumistapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by hand</source>
        <translation>Käsin allekirjoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply in</source>
        <translation>Vastauskieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity</source>
        <translation>Henkilöllisyys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How, if not plain from the method</source>
        <translation>Miten, jos tapa ei sitä jo kerro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was checked</source>
        <translation>Miten tarkistettiin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the identity check</source>
        <translation>Kirjaa henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for identification</source>
        <translation>Odottaa tunnistamista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline keeps running while the person is asked to identify themselves.</source>
        <translation>Määräaika kuluu myös sillä aikaa, kun henkilöä pyydetään todistamaan henkilöllisyytensä.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend…</source>
        <translation>Jatka määräaikaa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two further months (Art. 12(3)), once, before the first deadline.</source>
        <translation>Kaksi kuukautta lisää (12 art. 3 kohta), kerran, ennen ensimmäisen määräajan päättymistä.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request {number}</source>
        <translation>Pyyntö {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} · {requester}</source>
        <translation>{number} · {requester}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due {date}</source>
        <translation>Määräpäivä {date}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checked {when} by {who}: {method}</source>
        <translation>Tarkistettu {when}, tarkistaja {who}: {method}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not checked yet.</source>
        <translation>Ei vielä tarkistettu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received {when}.</source>
        <translation>Saapunut {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due {date}.</source>
        <translation>Vastattava viimeistään {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extended on {date}: {reason}</source>
        <translation>Määräaikaa jatkettu {date}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answered on {date}.</source>
        <translation>Vastattu {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply sent: {sent}</source>
        <translation>Vastaus lähetetty: {sent}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ask for identification</source>
        <translation>Pyydä henkilöllisyyden varmistamista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What gives reasonable doubt that the requester is the person the data is about? The identification letter tells them, in these words.</source>
        <translation>Mikä antaa perustellun syyn epäillä, onko pyytäjä se henkilö, jota tiedot koskevat? Selvityspyyntökirje kertoo sen hänelle näillä sanoilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasonable doubt</source>
        <translation>Perusteltu epäily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for identification</source>
        <translation>Odota tunnistamista</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Extend the time to reply</source>
        <translation>Jatka vastausaikaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply may be given two months later, if the request is complex or there are many. The person must be told of the extension and why within the first month.</source>
        <translation>Vastauksen voi antaa kaksi kuukautta myöhemmin, jos pyyntö on monimutkainen tai pyyntöjä on paljon. Henkilölle on kerrottava jatkosta ja sen syystä ensimmäisen kuukauden kuluessa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the reply was sent. What was done can be written down here.</source>
        <translation>Kirjaa, että vastaus on lähetetty. Tähän voi kirjoittaa, mitä tehtiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as answered</source>
        <translation>Merkitse vastatuksi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Close request {number}? Copies of identity documents attached to it are deleted; the request and its event log are kept as proof of handling.</source>
        <translation>Suljetaanko pyyntö {number}? Siihen liitetyt henkilöllisyystodistusten kopiot poistetaan; pyyntö ja sen tapahtumat säilytetään todisteena käsittelystä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen the request</source>
        <translation>Avaa pyyntö uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request goes back to in progress. The reopening is logged.</source>
        <translation>Pyyntö palaa käsittelyyn. Uudelleen avaaminen kirjataan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../desktop/ui/requests/labels.py" line="+36"/>
        <source>rectification</source>
        <translation>tietojen oikaisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasure</source>
        <translation>tietojen poistaminen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objection</source>
        <translation>vastustaminen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>access to data</source>
        <translation>tietojen tarkastus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restriction of processing</source>
        <translation>käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data portability</source>
        <translation>tietojen siirtäminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct-marketing ban</source>
        <translation>suoramarkkinointikielto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal of consent</source>
        <translation>suostumuksen peruuttaminen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter drafted</source>
        <translation>Kirjeluonnos tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft discarded</source>
        <translation>Kirjeluonnos hylätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter signed</source>
        <translation>Kirje allekirjoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter printed</source>
        <translation>Kirje tulostettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter saved as PDF</source>
        <translation>Kirje tallennettu PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter sent</source>
        <translation>Kirje lähetetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity checked</source>
        <translation>Henkilöllisyys tarkistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Avattu uudelleen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached</source>
        <translation>Tiedosto liitetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment deleted</source>
        <translation>Liite poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy attached</source>
        <translation>Henkilöllisyystodistuksen kopio liitetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy deleted</source>
        <translation>Henkilöllisyystodistuksen kopio poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data extract made</source>
        <translation>Tieto-ote tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified</source>
        <translation>Oikaistu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused</source>
        <translation>Oikaisuvaatimus evätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data erased</source>
        <translation>Tiedot poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted</source>
        <translation>Käsittelyä rajoitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction lifted</source>
        <translation>Rajoitus poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy saved</source>
        <translation>Siirrettävä kopio tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy encrypted, password sent separately</source>
        <translation>Siirrettävä kopio salattu, salasana toimitettu erikseen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password letter printed</source>
        <translation>Salasanakirje tulostettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection recorded</source>
        <translation>Vastustaminen kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing banned</source>
        <translation>Suoramarkkinointi kielletty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply address removed</source>
        <translation>Vastausosoite poistettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Ratkaisu kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal sent late, reason recorded</source>
        <translation>Epääminen myöhässä, syy kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check overridden by the main user</source>
        <translation>Pääkäyttäjä ohitti henkilöllisyyden tarkistuksen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Käsittely kielletty (vastustaminen hyväksytty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifting of the restriction planned</source>
        <translation>Rajoituksen poistaminen suunniteltu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplementary statement recorded</source>
        <translation>Täydentävä lausuma kirjattu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: {status}</source>
        <translation>Tila: {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n päivä jäljellä</numerusform>
            <numerusform>%n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>erääntyy tänään</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestListBox</name>
    <message>
        <location filename="../desktop/ui/dashboard/page.py" line="-312"/>
        <source>Diary no.</source>
        <translation>Diaarinro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Lajit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Ei yhtään.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the first {shown} shown</source>
        <translation>näytetään {shown} ensimmäistä</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>can be lifted now</source>
        <translation>voi poistaa nyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {date}</source>
        <translation>{date} alkaen</translation>
    </message>
</context>
<context>
    <name>RequesterPicker</name>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="-223"/>
        <source>A customer in the register</source>
        <translation>Rekisterissä oleva asiakas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person not in the register</source>
        <translation>Henkilö, joka ei ole rekisterissä</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, customer number, email or phone</source>
        <translation>Hae nimellä, asiakasnumerolla, sähköpostilla tai puhelinnumerolla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal address</source>
        <translation>Postiosoite</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} · customer {number}</source>
        <translation>{name} · asiakas {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen: {customer}</source>
        <translation>Valittu: {customer}</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../desktop/core/requests.py" line="+84"/>
        <source>Access to data (Art. 15)</source>
        <translation>Tietojen tarkastus (15 art.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification (Art. 16)</source>
        <translation>Tietojen oikaisu (16 art.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure (Art. 17)</source>
        <translation>Tietojen poistaminen (17 art.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing (Art. 18)</source>
        <translation>Käsittelyn rajoittaminen (18 art.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data portability (Art. 20)</source>
        <translation>Tietojen siirtäminen (20 art.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection (Art. 21(1))</source>
        <translation>Vastustaminen (21 art. 1 kohta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct-marketing ban (Art. 21(2)–(3))</source>
        <translation>Suoramarkkinointikielto (21 art. 2–3 kohta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Suostumuksen peruuttaminen (7 art. 3 kohta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for identification</source>
        <translation>Odottaa tunnistamista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Evätty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Verkkolomake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In person, with an identity document</source>
        <translation>Henkilökohtaisesti, henkilöllisyystodistuksella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature matches earlier correspondence</source>
        <translation>Allekirjoitus vastaa aiempaa kirjeenvaihtoa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number and address match</source>
        <translation>Asiakasnumero ja osoite täsmäävät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent from the email address in the register</source>
        <translation>Lähetetty rekisterissä olevasta sähköpostiosoitteesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other (described)</source>
        <translation>Muu (kuvattu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: the main user decided to go on (reason recorded)</source>
        <translation>Ei varmistettu: pääkäyttäjä päätti jatkaa (syy kirjattu)</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../desktop/ui/models/requests_model.py" line="+34"/>
        <source>Diary no.</source>
        <translation>Diaarinro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Lajit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../desktop/ui/requests/page.py" line="+43"/>
        <source>Data-protection requests</source>
        <translation>Tietosuojapyynnöt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not closed</source>
        <translation>Sulkemattomat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Kaikki pyynnöt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Suljetut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Log a request…</source>
        <translation>Kirjaa pyyntö…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Log a request (Ctrl+N)</source>
        <translation>Kirjaa pyyntö (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+21"/>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../desktop/ui/customers/restriction.py" line="+56"/>
        <location line="+18"/>
        <source>Restrict processing</source>
        <translation>Rajoita käsittelyä</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The data of {name} is kept but not used for marketing, mailings or exports until the restriction is lifted.</source>
        <translation>Asiakkaan {name} tiedot säilytetään, mutta niitä ei käytetä markkinointiin, postituksiin eikä tietojen vientiin ennen kuin rajoitus poistetaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: the customer disputes the accuracy of the data (request 12/2026)</source>
        <translation>Esimerkiksi: asiakas kiistää tietojen paikkansapitävyyden (pyyntö 12/2026)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write down why processing is restricted.</source>
        <translation>Kirjoita, miksi käsittelyä rajoitetaan.</translation>
    </message>
</context>
<context>
    <name>RestrictionBanner</name>
    <message>
        <location line="-52"/>
        <source>Processing restricted since {date}: {reason}</source>
        <translation>Käsittelyä rajoitettu {date} alkaen: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data is kept but not used: the customer is left out of mailings and exports.</source>
        <translation>Tiedot säilytetään, mutta niitä ei käytetä: asiakas jätetään pois postituksista ja tietojen viennistä.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../desktop/core/retention.py" line="+59"/>
        <source>Order (accounting entry)</source>
        <translation>Tilaus (kirjanpitomerkintä)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Invoice (accounting voucher)</source>
        <translation>Lasku (kirjanpidon tosite)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Order (accounting material)</source>
        <translation>Tilaus (kirjanpitoaineisto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open invoice</source>
        <translation>Avoin lasku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer record under a legal hold</source>
        <translation>Oikeusvaateen vuoksi säilytettävä asiakastietue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unanswered data-protection request</source>
        <translation>Vastaamaton tietosuojapyyntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request and its log</source>
        <translation>Tämä pyyntö ja sen tapahtumaloki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyed check values of the email addresses and phone numbers</source>
        <translation>Salatut tarkisteet sähköpostiosoitteista ja puhelinnumeroista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounting Act (Kirjanpitolaki) 2:10: vouchers and other accounting material are kept 6 years from the end of the year in which the financial period ended. GDPR Art. 17(3)(b).</source>
        <translation>Kirjanpitolain 2 luvun 10 §: tositteet ja muu kirjanpitoaineisto säilytetään 6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi. Tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invoice is not paid: it is kept to collect the claim, and after payment as a voucher. GDPR Art. 17(3)(b) and (e).</source>
        <translation>Lasku on maksamatta: se säilytetään saatavan perimiseksi ja maksun jälkeen tositteena. Tietosuoja-asetuksen 17 artiklan 3 kohdan b ja e alakohta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The person asked for a direct-marketing ban (GDPR Art. 21(2)-(3)): the check values stop their contacts from being added back for marketing. The contacts cannot be read from them.</source>
        <translation>Henkilö on kieltänyt suoramarkkinoinnin (tietosuoja-asetuksen 21 artiklan 2 ja 3 kohta): tarkisteet estävät hänen yhteystietojensa tallentamisen uudelleen markkinointia varten. Yhteystietoja ei voi lukea tarkisteista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>until {date}</source>
        <translation>{date} asti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the invoice is paid, then until {date}</source>
        <translation>kunnes lasku on maksettu, sen jälkeen {date} asti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the claim is settled or can no longer be made</source>
        <translation>kunnes vaatimus on ratkaistu tai sitä ei enää voi esittää</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until the request has been answered</source>
        <translation>kunnes pyyntöön on vastattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years from the end of the request&apos;s handling (Act on the Limitation of Debts, section 4)</source>
        <translation>3 vuotta pyynnön käsittelyn päättymisestä (velan vanhentumisesta annetun lain 4 §)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until the person withdraws the ban</source>
        <translation>kunnes henkilö peruu kiellon</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Needed for the establishment, exercise or defence of a legal claim. GDPR Art. 17(3)(e).</source>
        <translation>Tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi. Tietosuoja-asetus 17 art. 3 e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person&apos;s other request must still be answered (GDPR Art. 12(3)); the data it needs stays until then.</source>
        <translation>Henkilön toiseen pyyntöön on vielä vastattava (tietosuoja-asetuksen 12 artiklan 3 kohta); sen käsittelyyn tarvittavat tiedot säilyvät siihen asti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proof that the request was handled (GDPR Art. 5(2) and 12): the diary number, dates, kinds, how identity was checked and what was done. The erased data is not in it.</source>
        <translation>Näyttö pyynnön käsittelystä (tietosuoja-asetus 5 art. 2 ja 12 art.): diaarinumero, päivämäärät, pyynnön laji, miten henkilöllisyys tarkistettiin ja mitä tehtiin. Poistettuja tietoja siinä ei ole.</translation>
    </message>
    <message>
        <location filename="../desktop/core/retention_rules.py" line="+49"/>
        <source>Customer data</source>
        <translation>Asiakastiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects (potential customers)</source>
        <translation>Potentiaaliset asiakkaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact events (visits, letters, email)</source>
        <translation>Yhteydenotot (käynnit, kirjeet, sähköposti)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Chat-keskustelut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/retention/due.py" line="+42"/>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders (accounting material)</source>
        <translation>Tilaukset (kirjanpitoaineisto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices (accounting vouchers)</source>
        <translation>Laskut (tositteet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after the customer relationship ended</source>
        <translation>asiakassuhteen päättymisestä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the last contact or being added</source>
        <translation>viimeisestä yhteydenotosta tai lisäämisestä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the contact</source>
        <translation>yhteydenotosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the call</source>
        <translation>puhelusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the chat</source>
        <translation>keskustelusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after it was added</source>
        <translation>lisäämisestä</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>after the end of the year in which the financial period ended</source>
        <translation>sen vuoden lopusta, jona tilikausi päättyi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>months</source>
        <translation>kuukautta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>vuotta</translation>
    </message>
    <message>
        <location filename="../desktop/services/retention/due.py" line="-2"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact history</source>
        <translation>Yhteydenottohistoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders and invoices</source>
        <translation>Tilaukset ja laskut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing restricted (GDPR Art. 18)</source>
        <translation>Käsittelyä rajoitettu (tietosuoja-asetuksen 18 artikla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open data-protection request</source>
        <translation>Avoin tietosuojapyyntö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders must still be kept: the record is anonymised, not deleted</source>
        <translation>Tilaukset on vielä säilytettävä: tietue anonymisoidaan, ei poisteta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymised earlier; only the empty record is left</source>
        <translation>Anonymisoitu aiemmin; jäljellä on vain tyhjä tietue</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/deletion.py" line="-24"/>
        <source>Their data-protection requests and how they were handled</source>
        <translation>Asiakkaan tietosuojapyynnöt ja niiden käsittely</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../desktop/ui/admin/retention_tab.py" line="+99"/>
        <source>How long each kind of record is kept. When the time is up, the record is listed under “Due for erasure”, where the main user reviews it before anything is erased. Untick a category to keep its records until you decide otherwise. Orders and invoices are kept at least as long as the Accounting Act requires.</source>
        <translation>Kuinka kauan kutakin tietoa säilytetään. Kun aika täyttyy, tieto näkyy kohdassa ”Poistettavat”, jossa pääkäyttäjä käy sen läpi ennen kuin mitään poistetaan. Poista rasti, jos haluat säilyttää lajin tiedot, kunnes päätät toisin. Tilaukset ja laskut säilytetään vähintään kirjanpitolain edellyttämän ajan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Lasketaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The defaults are the periods your register description names (for example “chats: 3 months”); where it names none, Kirjuri suggests one.</source>
        <translation>Oletukset ovat rekisteriselosteessa mainitut ajat (esimerkiksi ”chat-keskustelut: 3 kuukautta”); jos seloste ei mainitse aikaa, Kirjuri ehdottaa sellaista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the defaults</source>
        <translation>Käytä oletuksia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Peru muutokset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save retention rules</source>
        <translation>Tallenna säilytysajat</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../desktop/core/roles.py" line="+46"/>
        <source>Main user</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Lukuoikeus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything, including users and settings</source>
        <translation>Kaikki, myös käyttäjät ja asetukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers, requests, letters and printing</source>
        <translation>Asiakkaat, pyynnöt, kirjeet ja tulostus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May view the register but not change it</source>
        <translation>Saa katsoa rekisteriä mutta ei muuttaa sitä</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>viewing the register</source>
        <translation>rekisterin katselu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing customers</source>
        <translation>asiakastietojen muuttaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handling requests</source>
        <translation>pyyntöjen käsittely</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing and printing letters</source>
        <translation>kirjeiden allekirjoittaminen ja tulostaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exporting customer data</source>
        <translation>asiakastietojen vienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managing users</source>
        <translation>käyttäjien hallinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing settings</source>
        <translation>asetusten muuttaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing the register description</source>
        <translation>rekisterin kuvauksen muokkaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewing the audit log</source>
        <translation>tapahtumalokin katselu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making backups</source>
        <translation>varmuuskopiointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasing records whose retention period has ended</source>
        <translation>säilytysajan päättyneiden tietojen poistaminen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting customers</source>
        <translation>asiakkaiden poistaminen</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../desktop/ui/statement/section_list.py" line="+92"/>
        <source>Add a section of your own</source>
        <translation>Lisää oma kohta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a section below</source>
        <translation>Lisää osio tämän alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with the next</source>
        <translation>Yhdistä seuraavaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split in two…</source>
        <translation>Jaa kahtia…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new section starts at the paragraph the cursor is in (Finnish text).</source>
        <translation>Uusi osio alkaa siitä kappaleesta, jossa kohdistin on (suomenkielinen teksti).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer safeguard</source>
        <translation>Siirron suojatoimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a recipient</source>
        <translation>Lisää vastaanottaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected recipient</source>
        <translation>Poista valittu vastaanottaja</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Other topic</source>
        <translation>Muu aihe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also about (merged in): {topics}</source>
        <translation>Koskee myös (yhdistetty tähän): {topics}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section of your own</source>
        <translation>Oma kohta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove section</source>
        <translation>Poista kohta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic:</source>
        <translation>Aihe:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Heading in the statement:</source>
        <translation>Otsikko selosteessa:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The Finnish text has changed since this translation was made; it is not printed until you update it or mark it checked. What changed:</source>
        <translation>Suomenkielinen teksti on muuttunut käännöksen tekemisen jälkeen. Käännöstä ei tulosteta, ennen kuin päivität sen tai merkitset sen tarkistetuksi. Mikä muuttui:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Recipient {row}: {problem}</source>
        <translation>Vastaanottaja {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/server_connect.py" line="+46"/>
        <source>Connect to the office server</source>
        <translation>Yhdistä toimiston palvelimeen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register is on the office&apos;s server. Give its address as the main user or the server&apos;s administrator tells it. Kirjuri then shows the fingerprint of the server&apos;s certificate: compare it with the one they give you, character by character, before you connect. It makes sure this workstation talks to your own server and no other.</source>
        <translation>Rekisteri on toimiston palvelimella. Anna palvelimen osoite sellaisena kuin pääkäyttäjä tai palvelimen ylläpitäjä sen kertoo. Kirjuri näyttää sitten palvelimen varmenteen sormenjäljen: vertaa sitä merkki merkiltä heidän antamaansa ennen kuin yhdistät. Näin varmistetaan, että tämä työasema on yhteydessä juuri teidän palvelimeenne eikä mihinkään muuhun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example palvelin.toimisto.local</source>
        <translation>esimerkiksi palvelin.toimisto.local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the fingerprint</source>
        <translation>Näytä sormenjälki</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AB:CD:… (64 characters)</source>
        <translation>AB:CD:… (64 merkkiä)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the server&apos;s certificate (SHA-256)</source>
        <translation>Palvelimen varmenteen sormenjälki (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint the main user gave you</source>
        <translation>Pääkäyttäjän antama sormenjälki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type or paste the fingerprint the main user gave you.</source>
        <translation>Kirjoita tai liitä pääkäyttäjän antama sormenjälki.</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <location filename="../desktop/ui/admin/server_tab.py" line="+53"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server administrator</source>
        <translation>Palvelimen ylläpitäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s password</source>
        <translation>Ylläpitäjän salasana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the server…</source>
        <translation>Siirrä palvelimelle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export into a file…</source>
        <translation>Vie tiedostoon…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This register is on the office server. You can export it into a new register file, so the office is never tied to the server.</source>
        <translation>Tämä rekisteri on toimiston palvelimella. Voit viedä sen uuteen rekisteritiedostoon, joten toimisto ei ole koskaan sidottu palvelimeen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register is a file on this computer. Moving it to the office&apos;s PostgreSQL server copies everything into an empty database there, checks the copy and keeps this file read-only.</source>
        <translation>Tämä rekisteri on tiedosto tällä tietokoneella. Siirto toimiston PostgreSQL-palvelimelle kopioi kaiken siellä olevaan tyhjään tietokantaan, tarkistaa kopion ja jättää tämän tiedoston vain luettavaksi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%p % — {table}</source>
        <translation>%p % — {table}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the server&apos;s address first.</source>
        <translation>Anna ensin palvelimen osoite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the whole register to {url}? The database there must be empty. This file is kept, but only for reading.</source>
        <translation>Siirretäänkö koko rekisteri osoitteeseen {url}? Siellä olevan tietokannan on oltava tyhjä. Tämä tiedosto säilytetään, mutta vain luettavana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moved: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</source>
        <translation>Siirretty: {rows} riviä, {files} arkistoitua PDF-tiedostoa ja liitettä, {entries} tapahtumalokin merkintää, {seconds} s. Jokainen määrä, jokainen SHA-256-tiiviste ja lokiketju täsmäsivät. Palvelimen rekisteri avautuu avaintiedostolla {keys}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the register into a file</source>
        <translation>Vie rekisteri tiedostoon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported into {path}: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Viety tiedostoon {path}: {rows} riviä, {files} arkistoitua PDF-tiedostoa ja liitettä, {entries} tapahtumalokin merkintää, {seconds} s. Jokainen määrä, jokainen SHA-256-tiiviste ja lokiketju täsmäsivät.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../desktop/core/settings.py" line="+123"/>
        <source>Lock automatically after this many idle minutes</source>
        <translation>Lukitse automaattisesti, kun ohjelma on ollut näin monta minuuttia käyttämättä</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow users to be remembered on this computer</source>
        <translation>Salli käyttäjien muistaminen tällä tietokoneella</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own customer fields (one per line)</source>
        <translation>Omat asiakaskentät (yksi kullekin riville)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep personal identity codes (shown masked)</source>
        <translation>Tallenna henkilötunnukset (näytetään peitettyinä)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups to keep on each drive</source>
        <translation>Säilytettävien varmuuskopioiden määrä asemaa kohden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind to back up after this many days</source>
        <translation>Muistuta varmuuskopioinnista, kun edellisestä on kulunut päiviä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup</source>
        <translation>Viimeisin varmuuskopio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days between the notice and lifting a restriction</source>
        <translation>Päiviä rajoituksen poistamisilmoituksesta poistamiseen</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../desktop/ui/admin/settings_tab.py" line="+87"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only if the business really needs them, for example for credit. Codes are checked and shown masked (131052-****).</source>
        <translation>Vain jos yritys todella tarvitsee niitä, esimerkiksi luotonantoon. Tunnukset tarkistetaan ja näytetään peitettyinä (131052-****).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example:
Hobby
Shoe size</source>
        <translation>Esimerkiksi:
Harrastus
Kengänkoko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same as the computer</source>
        <translation>Sama kuin tietokoneessa</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The settings were saved.</source>
        <translation>Asetukset tallennettiin.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Save settings</source>
        <translation>Tallenna asetukset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Kumoa muutokset</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The language of the login window and of users who have not chosen their own under File → Language.</source>
        <translation>Kirjautumisikkunan kieli ja niiden käyttäjien kieli, jotka eivät ole valinneet omaansa kohdasta Tiedosto → Kieli.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language on this computer</source>
        <translation>Kieli tällä tietokoneella</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+36"/>
        <source>Create the register</source>
        <translation>Luo rekisteri</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/signature.py" line="+49"/>
        <source>My signature</source>
        <translation>Oma allekirjoitus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name, title and scanned signature are printed in the signature block of the letters you sign. Scan your signature on white paper; a PNG or JPEG picture is fine.</source>
        <translation>Nimesi, tehtävänimikkeesi ja skannattu allekirjoituksesi tulostuvat allekirjoittamiesi kirjeiden allekirjoitusosaan. Skannaa allekirjoitus valkoiselta paperilta; PNG- tai JPEG-kuva käy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Entrepreneur</source>
        <translation>esim. yrittäjä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose picture…</source>
        <translation>Valitse kuva…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove picture</source>
        <translation>Poista kuva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No picture: the letters leave room to sign by hand.</source>
        <translation>Ei kuvaa: kirjeisiin jätetään tila käsin allekirjoittamista varten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the signature picture</source>
        <translation>Valitse allekirjoituksen kuva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is not a picture Kirjuri can read. Use PNG or JPEG.</source>
        <translation>Tiedosto ei ole kuva, jonka Kirjuri osaa lukea. Käytä PNG- tai JPEG-kuvaa.</translation>
    </message>
</context>
<context>
    <name>SignatureTab</name>
    <message>
        <location filename="../desktop/ui/admin/signature_tab.py" line="+37"/>
        <source>Letters sent by email can carry the business&apos;s digital signature (PAdES). Choose the business&apos;s certificate file (.p12 or .pfx) and type its passphrase. The file is kept encrypted in the register; the passphrase is kept only in this computer&apos;s keyring.</source>
        <translation>Sähköpostilla lähetettäviin kirjeisiin voidaan liittää yrityksen sähköinen allekirjoitus (PAdES). Valitse yrityksen varmennetiedosto (.p12 tai .pfx) ja kirjoita sen tunnuslause. Tiedosto säilytetään salattuna rekisterissä; tunnuslause säilytetään vain tämän tietokoneen avainnipussa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use this certificate</source>
        <translation>Ota varmenne käyttöön</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the certificate</source>
        <translation>Poista varmenne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate file</source>
        <translation>Varmennetiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Digital signatures are not offered on this computer: it has no secure keyring (the system&apos;s password store) to keep the certificate&apos;s passphrase, and Kirjuri never stores it anywhere else.</source>
        <translation>Sähköistä allekirjoitusta ei tarjota tässä tietokoneessa: siinä ei ole turvallista avainnippua (järjestelmän salasanasäilöä) varmenteen tunnuslauseelle, eikä Kirjuri tallenna sitä koskaan muualle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate in use: {subject}, issued by {issuer}, valid until {date}.</source>
        <translation>Käytössä oleva varmenne: {subject}, myöntäjä {issuer}, voimassa {date} asti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its passphrase is not on this computer: choose the file again to sign here.</source>
        <translation>Sen tunnuslause ei ole tässä tietokoneessa: valitse tiedosto uudelleen, jotta voit allekirjoittaa täällä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificate has been chosen.</source>
        <translation>Varmennetta ei ole valittu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate</source>
        <translation>Valitse varmenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Varmenteet (*.p12 *.pfx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the certificate file first.</source>
        <translation>Valitse ensin varmennetiedosto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file is too large to be a certificate.</source>
        <translation>Tiedosto on liian suuri ollakseen varmenne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read.</source>
        <translation>Tiedostoa ei voitu lukea.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the certificate? Letters can no longer be signed digitally.</source>
        <translation>Poistetaanko varmenne? Kirjeitä ei sen jälkeen voi allekirjoittaa sähköisesti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../desktop/ui/statement/split_dialog.py" line="+25"/>
        <source>Split a section in two</source>
        <translation>Jaa osio kahtia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{section}”: choose the paragraph the new section starts at. It and the paragraphs after it move to the new section, right after this one.</source>
        <translation>”{section}”: valitse kappale, josta uusi osio alkaa. Se ja sitä seuraavat kappaleet siirtyvät uuteen osioon, joka tulee heti tämän jälkeen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heading of the new section</source>
        <translation>Uuden osion otsikko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split</source>
        <translation>Jaa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heading of the new section:</source>
        <translation>Uuden osion otsikko:</translation>
    </message>
</context>
<context>
    <name>StaleDiff</name>
    <message>
        <location filename="../desktop/ui/statement/stale_diff.py" line="+40"/>
        <source>Finnish when this was translated</source>
        <translation>Suomeksi käännettäessä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish now</source>
        <translation>Suomeksi nyt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not known: saved before Kirjuri kept the translated text.</source>
        <translation>Ei tiedossa: tallennettu ennen kuin Kirjuri alkoi säilyttää käännetyn tekstin.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../desktop/core/handouts.py" line="+18"/>
        <source>Handed over</source>
        <translation>Annettu käsin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailed</source>
        <translation>Postitettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emailed</source>
        <translation>Lähetetty sähköpostilla</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/statement_handout.py" line="-114"/>
        <source>Privacy statement: not given yet</source>
        <translation>Tietosuojaselostetta ei ole vielä annettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>template</source>
        <translation>mallipohja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy statement: version {version} ({language}), {how} {date}</source>
        <translation>Tietosuojaseloste: versio {version} ({language}), {how} {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/fields.py" line="+30"/>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business&apos;s name, business ID, address and contacts.</source>
        <translation>Yrityksen nimi, Y-tunnus, osoite ja yhteystiedot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers questions about the register, and how.</source>
        <translation>Kuka vastaa rekisteriä koskeviin kysymyksiin ja miten häneen saa yhteyden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the business has appointed one; a sole trader usually has not.</source>
        <translation>Vain jos yritys on nimittänyt sellaisen; yksityisellä elinkeinonharjoittajalla sitä ei yleensä ole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register name</source>
        <translation>Rekisterin nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Kahvila Aurinko: customer register.</source>
        <translation>Esimerkiksi: Kahvila Aurinko: asiakasrekisteri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction</source>
        <translation>Johdanto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text under the title, before the sections.</source>
        <translation>Vapaaehtoinen teksti otsikon alle ennen numeroituja kohtia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purposes of processing</source>
        <translation>Käsittelyn tarkoitukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the data is kept. One purpose per line.</source>
        <translation>Miksi tietoja säilytetään. Yksi tarkoitus kullekin riville.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal bases</source>
        <translation>Oikeusperusteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract, legal obligation, legitimate interest or consent, for what.</source>
        <translation>Sopimus, lakisääteinen velvoite, oikeutettu etu tai suostumus – ja mihin kukin perustuu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data categories</source>
        <translation>Tietoryhmät</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement&apos;s own title; leave empty for the standard one.</source>
        <translation>Selosteen oma otsikko; jätä tyhjäksi, niin käytetään vakio-otsikkoa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date line</source>
        <translation>Päiväysrivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example &quot;Laadittu 6.11.2017, päivitetty 25.5.2018&quot;; leave empty for the date and number of the saved version.</source>
        <translation>Esimerkiksi &quot;Laadittu 6.11.2017, päivitetty 25.5.2018&quot;; jätä tyhjäksi, niin tulostetaan tallennetun version päivämäärä ja numero.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What the register holds. Start a line with &quot;-&quot; for a list item, &quot;1.&quot; for a numbered one, &quot;## &quot; for a sub-heading; **bold**, [text](https://address) for a link.</source>
        <translation>Mitä rekisteri sisältää. Aloita rivi merkillä &quot;-&quot; luettelokohdaksi, &quot;1.&quot; numeroiduksi kohdaksi ja &quot;## &quot; väliotsikoksi; **lihavointi**, [teksti](https://osoite) linkiksi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular sources</source>
        <translation>Säännönmukaiset tietolähteet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data comes from.</source>
        <translation>Mistä tiedot saadaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients and processors</source>
        <translation>Vastaanottajat ja käsittelijät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text before the table. The table lists everyone the data goes to; give the country as a two-letter code (FI, SE, US).</source>
        <translation>Vapaaehtoinen teksti ennen taulukkoa. Taulukkoon merkitään kaikki, joille tietoja luovutetaan; anna maa kaksikirjaimisena koodina (FI, SE, US).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Siirrot EU:n/ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether data leaves the EU/EEA, and on what safeguard.</source>
        <translation>Siirretäänkö tietoja EU:n/ETA:n ulkopuolelle ja millä suojatoimilla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long each kind of data is kept. One line per kind.</source>
        <translation>Kuinka kauan kutakin tietoryhmää säilytetään. Yksi rivi kullekin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security: electronic material</source>
        <translation>Suojaus: sähköinen aineisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the register and its backups are protected.</source>
        <translation>Miten rekisteri ja sen varmuuskopiot on suojattu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security: manual material</source>
        <translation>Suojaus: manuaalinen aineisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How paper documents are kept and destroyed.</source>
        <translation>Miten paperiasiakirjat säilytetään ja hävitetään.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cookies and analytics</source>
        <translation>Evästeet ja analytiikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web site&apos;s cookies and visitor analytics; leave empty if none.</source>
        <translation>Verkkosivuston evästeet ja kävijäseuranta; jätä tyhjäksi, jos niitä ei ole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automated decisions and profiling</source>
        <translation>Automaattinen päätöksenteko ja profilointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether decisions are made by machine alone (Art. 22).</source>
        <translation>Tehdäänkö päätöksiä pelkästään automaattisesti (22 artikla).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rights of the data subject</source>
        <translation>Rekisteröidyn oikeudet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access, rectification, erasure, restriction, objection…</source>
        <translation>Tarkastus, oikaisu, poisto, käsittelyn rajoittaminen, vastustaminen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to use the rights</source>
        <translation>Oikeuksien käyttäminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In writing and signed by hand, or in person at the address.</source>
        <translation>Kirjallisesti ja omakätisesti allekirjoitettuna tai henkilökohtaisesti osoitteessa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/output.py" line="+65"/>
        <source>Preview…</source>
        <translation>Esikatsele…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as web page…</source>
        <translation>Tallenna verkkosivuksi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published statements…</source>
        <translation>Julkaistut selosteet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every statement printed or saved, to open or save again</source>
        <translation>Jokainen tulostettu tai tallennettu seloste avattavaksi tai tallennettavaksi uudelleen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the statement (Ctrl+P)</source>
        <translation>Tulosta seloste (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Privacy statement in:</source>
        <translation>Selosteen kieli:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check these before the statement is published:

{warnings}</source>
        <translation>Tarkista nämä ennen kuin seloste julkaistaan:

{warnings}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish anyway</source>
        <translation>Julkaise silti</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Privacy statement</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The privacy statement was saved as {path}.</source>
        <translation>Tietosuojaseloste tallennettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/statement_sections.py" line="+35"/>
        <source>The last section has no section after it to merge with.</source>
        <translation>Viimeisen osion jälkeen ei ole osiota, johon sen voisi yhdistää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipients section holds the recipients table and cannot be merged with another section. Move the text by hand instead.</source>
        <translation>Vastaanottajat-osiossa on vastaanottajataulukko, eikä sitä voi yhdistää toiseen osioon. Siirrä teksti sen sijaan käsin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next section is one the statement must have on its own (the letters quote it), so it cannot be merged into this one. Merge a section of your own into it instead, or give it a heading of your own.</source>
        <translation>Seuraava osio on sellainen, joka selosteessa on oltava omanaan (kirjeet lainaavat sitä), joten sitä ei voi yhdistää tähän. Yhdistä sen sijaan oma osiosi siihen tai anna sille oma otsikko.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a paragraph after the first one: the new section starts there and both parts keep some text.</source>
        <translation>Valitse jokin ensimmäisen jälkeinen kappale: uusi osio alkaa siitä, ja kumpaankin osaan jää tekstiä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the new section a heading.</source>
        <translation>Anna uudelle osiolle otsikko.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../desktop/ui/requests/statement_dialog.py" line="+42"/>
        <source>Record a supplementary statement</source>
        <translation>Kirjaa täydentävä lausuma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person may complete data they hold incomplete or wrong with a statement of their own (GDPR Art. 16). It is kept with the customer, shown with their data and included in every access reply. Write it as the person gave it.</source>
        <translation>Henkilö voi täydentää tietoja, joita hän pitää puutteellisina tai virheellisinä, omalla lausumallaan (tietosuoja-asetuksen 16 artikla). Lausuma säilytetään asiakkaan tietojen yhteydessä, näytetään niiden kanssa ja liitetään jokaiseen tarkastuspyynnön vastaukseen. Kirjoita se sellaisena kuin henkilö sen antoi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data in general</source>
        <translation>Tiedot yleisesti</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Concerns</source>
        <translation>Koskee tietoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Lausuma</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="-182"/>
        <source>The file&apos;s sections are now the Swedish texts of the Finnish sections, in order. Check them beside the Finnish, then save.</source>
        <translation>Tiedoston osiot ovat nyt suomenkielisten osioiden ruotsinkieliset tekstit, samassa järjestyksessä. Tarkista ne suomenkielisten rinnalla ja tallenna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s sections are now the English texts of the Finnish sections, in order. Check them beside the Finnish, then save.</source>
        <translation>Tiedoston osiot ovat nyt suomenkielisten osioiden englanninkieliset tekstit, samassa järjestyksessä. Tarkista ne suomenkielisten rinnalla ja tallenna.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>The statement was imported. Check each section and its topic, then save; the Swedish and English texts are to be written anew.</source>
        <translation>Seloste tuotiin. Tarkista jokainen osio ja sen aihe ja tallenna; ruotsin- ja englanninkieliset tekstit on kirjoitettava uudelleen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/page.py" line="+176"/>
        <source>Template (not saved yet)</source>
        <translation>Mallipohja (ei vielä tallennettu)</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{version} — updated {date} by {user}</source>
        <translation>{version} – päivitetty {date}, {user}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are looking at version {version} of {date}. It cannot be changed; choose the newest version to edit.</source>
        <translation>Katselet versiota {version} ajalta {date}. Sitä ei voi muuttaa; valitse uusin versio, jos haluat muokata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the template for a sole trader&apos;s customer register. Check every section, change what does not fit your business, and save.</source>
        <translation>Tämä on mallipohja yksityisen elinkeinonharjoittajan asiakasrekisterille. Tarkista jokainen kohta, muuta se, mikä ei sovi yrityksellesi, ja tallenna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the main user can change the register description.</source>
        <translation>Vain pääkäyttäjä voi muuttaa rekisteriselostetta.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your changes to the description are not saved. Look at the other version and lose them?</source>
        <translation>Selosteeseen tekemiäsi muutoksia ei ole tallennettu. Siirrytäänkö toiseen versioon ja hylätään muutokset?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lose the changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The section is empty: remove it instead.</source>
        <translation>Osio on tyhjä: poista se mieluummin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge “{first}” with the next section, “{second}”? The text of “{second}” goes to the end of “{first}” and its heading is dropped. The Swedish and English texts of the merged section are marked out of date until you check them. Nothing is kept until you save.</source>
        <translation>Yhdistetäänkö ”{first}” seuraavaan osioon ”{second}”? Osion ”{second}” teksti siirtyy osion ”{first}” loppuun ja sen otsikko jää pois. Yhdistetyn osion ruotsin- ja englanninkieliset tekstit merkitään vanhentuneiksi, kunnes tarkistat ne. Mitään ei tallenneta ennen kuin tallennat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sections were merged. Check the text, then save.</source>
        <translation>Osiot yhdistettiin. Tarkista teksti ja tallenna.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The section has only one paragraph: there is nothing to split.</source>
        <translation>Osiossa on vain yksi kappale: jaettavaa ei ole.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The section was split in two. Check both parts, then save.</source>
        <translation>Osio jaettiin kahtia. Tarkista molemmat osat ja tallenna.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="+6"/>
        <source>Saved as the first version, it keeps the date written in it: {date}.</source>
        <translation>Ensimmäiseksi versioksi tallennettuna se säilyttää siihen kirjoitetun päivämäärän: {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/page.py" line="+96"/>
        <source>The register description was saved as version {version}.</source>
        <translation>Rekisterin kuvaus tallennettiin versioksi {version}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The description was not saved. Correct the fields marked below.</source>
        <translation>Selostetta ei tallennettu. Korjaa alla merkityt kentät.</translation>
    </message>
</context>
<context>
    <name>StatementsNote</name>
    <message>
        <location filename="../desktop/ui/customers/statements.py" line="+41"/>
        <source>the data in general</source>
        <translation>tiedot yleisesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}, on {field}: “{text}” (request {diary})</source>
        <translation>{date}, koskee tietoa {field}: ”{text}” (pyyntö {diary})</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more (hold the pointer here to read them all)</source>
        <translation>
            <numerusform>… ja %n muu (pidä osoitin tässä lukeaksesi kaikki)</numerusform>
            <numerusform>… ja %n muuta (pidä osoitin tässä lukeaksesi kaikki)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplementary statement by the customer (GDPR Art. 16):</source>
        <translation>Asiakkaan täydentävä lausuma (tietosuoja-asetuksen 16 artikla):</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-100"/>
        <source>Copy all</source>
        <translation>Kopioi kaikki</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../desktop/ui/statement/top_bar.py" line="+26"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves a new version (Ctrl+S)</source>
        <translation>Tallentaa uuden version (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a statement…</source>
        <translation>Tuo seloste…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in the statement you already have: .docx, .odt, .html, .pdf or .txt</source>
        <translation>Tuo seloste, joka sinulla jo on: .docx, .odt, .html, .pdf tai .txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a statement…</source>
        <translation>Liitä seloste…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the texts:</source>
        <translation>Tekstien kieli:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <location filename="../desktop/ui/statement/translation_bar.py" line="+28"/>
        <source>Mark all as checked</source>
        <translation>Merkitse kaikki tarkistetuiksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this only after reading each translation against the Finnish text: they are then taken as up to date.</source>
        <translation>Käytä tätä vasta, kun olet lukenut jokaisen käännöksen suomenkielistä tekstiä vasten: ne katsotaan sitten ajantasaisiksi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear out-of-date translations</source>
        <translation>Tyhjennä vanhentuneet käännökset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print such sections in Finnish</source>
        <translation>Tulosta tällaiset osiot suomeksi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print sections without an up-to-date translation in Finnish in the Swedish and English statements (marked as Finnish)</source>
        <translation>Tulosta ruotsin- ja englanninkieliseen selosteeseen suomeksi ne osiot, joilla ei ole ajantasaista käännöstä (merkittyinä suomenkielisiksi)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{language}: {stale} out of date, {missing} untranslated</source>
        <translation>{language}: {stale} vanhentunutta, {missing} kääntämättä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out-of-date and untranslated sections are not printed in that language: the statement is refused, or the section is printed in Finnish if you choose so below. {list}</source>
        <translation>Vanhentuneita ja kääntämättömiä osioita ei tulosteta sillä kielellä: selostetta ei tehdä, tai osio tulostetaan suomeksi, jos valitset niin alla. {list}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="-176"/>
        <source>Open the backup</source>
        <translation>Varmuuskopion avaaminen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring replaces the whole register, so a main user&apos;s password from the time of the backup, or the recovery key, is needed.</source>
        <translation>Palautus korvaa koko rekisterin, joten tarvitaan pääkäyttäjän salasana sellaisena kuin se oli varmuuskopion tekohetkellä, tai palautusavain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A main user&apos;s password</source>
        <translation>Pääkäyttäjän salasana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the password.</source>
        <translation>Kirjoita salasana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the recovery key.</source>
        <translation>Kirjoita palautusavain.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/ui/admin/user_dialog.py" line="-86"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New user</source>
        <translation>Uusi käyttäjä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Muokkaa käyttäjää</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First password</source>
        <translation>Ensimmäinen salasana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the person their first password; they can change it.</source>
        <translation>Kerro ensimmäinen salasana käyttäjälle. Hän voi vaihtaa sen itse.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../desktop/ui/models/users_model.py" line="+19"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Salasana vaihdettu</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../desktop/ui/admin/users_tab.py" line="+38"/>
        <source>Add user…</source>
        <translation>Lisää käyttäjä…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password…</source>
        <translation>Uusi salasana…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New recovery key…</source>
        <translation>Uusi palautusavain…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the recovery sheet in the safe is lost or someone may have seen it.</source>
        <translation>Kun kassakaapissa säilytetty palautusavainsivu on kadonnut tai joku muu on ehkä nähnyt sen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Remove {name} from the register? They can no longer log in. Their name stays in the audit log.</source>
        <translation>Poistetaanko käyttäjä {name} rekisteristä? Hän ei voi enää kirjautua sisään. Hänen nimensä säilyy tapahtumalokissa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove user</source>
        <translation>Poista käyttäjä</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/core/passwords.py" line="+9"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>Salasanassa on oltava vähintään {minimum} merkkiä.</translation>
    </message>
    <message>
        <location filename="../desktop/core/validation.py" line="+36"/>
        <source>This field is required.</source>
        <translation>Tämä kenttä on pakollinen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the business ID (Y-tunnus).</source>
        <translation>Anna Y-tunnus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid business ID. It has the form 1572860-0 and its check digit must match.</source>
        <translation>Tämä ei ole kelvollinen Y-tunnus. Sen muoto on 1572860-0, ja tarkistusnumeron on täsmättävä.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter an email address.</source>
        <translation>Anna sähköpostiosoite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid email address (for example name@example.fi).</source>
        <translation>Tämä ei ole kelvollinen sähköpostiosoite (esimerkiksi nimi@example.fi).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a phone number.</source>
        <translation>Anna puhelinnumero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a valid phone number (for example 040 123 4567).</source>
        <translation>Tämä ei ole kelvollinen puhelinnumero (esimerkiksi 040 123 4567).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the postal code.</source>
        <translation>Anna postinumero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Finnish postal code has five digits.</source>
        <translation>Suomalaisessa postinumerossa on viisi numeroa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A user name has 2–32 characters: letters a–z, digits, dot, dash or underscore.</source>
        <translation>Käyttäjätunnuksessa on 2–32 merkkiä: kirjaimia a–z, numeroita, pisteitä, yhdysmerkkejä tai alaviivoja.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the control characters (a line break, tab, NUL, ESC or the like) from this field.</source>
        <translation>Poista tästä kentästä ohjausmerkit (rivinvaihto, sarkain, NUL, ESC tai vastaava).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the control characters (NUL, ESC or the like) from this text. Line breaks and tabs are allowed.</source>
        <translation>Poista tästä tekstistä ohjausmerkit (NUL, ESC tai vastaava). Rivinvaihdot ja sarkaimet ovat sallittuja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most 10 characters.</source>
        <translation>Tämä on liian pitkä: enintään 10 merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 60 characters.</source>
        <translation>Tämä on liian pitkä: enintään 60 merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 100 characters.</source>
        <translation>Tämä on liian pitkä: enintään 100 merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 200 characters.</source>
        <translation>Tämä on liian pitkä: enintään 200 merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 300 characters.</source>
        <translation>Tämä on liian pitkä: enintään 300 merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 30 000 characters.</source>
        <translation>Tämä on liian pitkä: enintään 30 000 merkkiä.</translation>
    </message>
    <message>
        <location filename="../desktop/core/customer_form.py" line="+19"/>
        <source>Enter a first or last name, or the organisation&apos;s name.</source>
        <translation>Anna etu- tai sukunimi tai organisaation nimi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date as d.m.yyyy, for example 24.11.2026.</source>
        <translation>Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 24.11.2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>Päättymispäivä on ennen alkamispäivää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the country as a two-letter code, for example FI or SE.</source>
        <translation>Kirjoita maa kaksikirjaimisena koodina, esimerkiksi FI tai SE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a web address such as www.example.fi or https://example.fi.</source>
        <translation>Anna verkko-osoite, esimerkiksi www.example.fi tai https://example.fi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/consents.py" line="+32"/>
        <source>The decision date cannot be in the future.</source>
        <translation>Päätöksen päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../desktop/core/identity_code.py" line="+15"/>
        <source>This is not a valid personal identity code. It has the form 131052-308T and its check character must match.</source>
        <translation>Tämä ei ole kelvollinen henkilötunnus. Sen muoto on 131052-308T, ja tarkistusmerkin on täsmättävä.</translation>
    </message>
    <message>
        <location filename="../desktop/core/order_form.py" line="+19"/>
        <source>Enter the order date, for example 24.11.2026.</source>
        <translation>Anna tilauspäivä, esimerkiksi 24.11.2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount in euros, for example 12,50.</source>
        <translation>Anna summa euroina, esimerkiksi 12,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount in euros with at most two decimals, for example 12,50 or 1 234,50.</source>
        <translation>Anna summa euroina enintään kahden desimaalin tarkkuudella, esimerkiksi 12,50 tai 1 234,50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The financial period cannot end before the order date.</source>
        <translation>Tilikausi ei voi päättyä ennen tilauspäivää.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice number can have at most 40 characters.</source>
        <translation>Laskun numerossa voi olla enintään 40 merkkiä.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="-126"/>
        <source>Unknown language. Write Finnish, Swedish or English (or fi, sv, en).</source>
        <translation>Tuntematon kieli. Kirjoita suomi, ruotsi tai englanti (tai fi, sv, en).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown customer status. Write active, prospect or ended.</source>
        <translation>Tuntematon asiakkuuden tila. Kirjoita aktiivinen, mahdollinen tai päättynyt.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/consents.py" line="+36"/>
        <source>Choose one of the listed values.</source>
        <translation>Valitse jokin luettelon vaihtoehdoista.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/contact_history.py" line="-6"/>
        <source>Choose how the contact was made.</source>
        <translation>Valitse, miten yhteyttä otettiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter at most 200 characters.</source>
        <translation>Kirjoita enintään 200 merkkiä.</translation>
    </message>
    <message>
        <location filename="../desktop/services/requests/log.py" line="-25"/>
        <source>Choose at least one kind of request.</source>
        <translation>Valitse vähintään yksi pyynnön laji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer, or write the name of the person who asked.</source>
        <translation>Valitse asiakas tai kirjoita pyynnön esittäjän nimi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date received cannot be in the future.</source>
        <translation>Vastaanottopäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter tells them.</source>
        <translation>Kirjoita, mikä antaa perustellun syyn epäillä pyytäjän henkilöllisyyttä (12 artiklan 6 kohta): kirje kertoo sen hänelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the reason.</source>
        <translation>Kirjoita perustelu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how the identity was checked.</source>
        <translation>Valitse, miten henkilöllisyys tarkistettiin.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/base.py" line="-45"/>
        <source>Choose at least one kind of processing.</source>
        <translation>Valitse vähintään yksi käsittelyn laji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field cannot be changed through a request.</source>
        <translation>Tätä kenttää ei voi muuttaa pyynnön kautta.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="-81"/>
        <source>Enter the time as h.mm, for example 9.30.</source>
        <translation>Kirjoita kellonaika muodossa t.mm, esimerkiksi 9.30.</translation>
    </message>
    <message>
        <location filename="../desktop/core/description_validation.py" line="+59"/>
        <source>This is needed in the privacy statement.</source>
        <translation>Tämä tarvitaan tietosuojaselosteeseen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the recipient&apos;s name.</source>
        <translation>Anna vastaanottajan nimi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/disclosures.py" line="+5"/>
        <source>Name the recipient.</source>
        <translation>Anna vastaanottajan nimi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s name is too long.</source>
        <translation>Vastaanottajan nimi on liian pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which data was disclosed.</source>
        <translation>Kerro, mitä tietoja luovutettiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disclosure cannot be dated in the future.</source>
        <translation>Luovutuksen päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../desktop/core/description_validation.py" line="+1"/>
        <location filename="../desktop/core/disclosures.py" line="+1"/>
        <source>Give the country as its two-letter code, for example FI, SE or US.</source>
        <translation>Anna maa kaksikirjaimisena koodina, esimerkiksi FI, SE tai US.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what the recipient does with the data.</source>
        <translation>Kerro, mitä vastaanottaja tekee tiedoilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country is outside the EU/EEA: name the transfer safeguard (adequacy decision, standard contractual clauses, ...).</source>
        <translation>Maa on EU:n/ETA:n ulkopuolella: nimeä siirron suojatoimi (tietosuojan riittävyyttä koskeva päätös, vakiosopimuslausekkeet tms.).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the section a heading.</source>
        <translation>Anna kohdalle otsikko.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the section&apos;s text, or remove the section.</source>
        <translation>Kirjoita kohdan teksti tai poista kohta.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/handouts.py" line="+22"/>
        <source>The date cannot be in the future.</source>
        <translation>Päivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/disclosures/log.py" line="+31"/>
        <location filename="../desktop/services/statement/handouts.py" line="+1"/>
        <source>The customer is no longer in the register.</source>
        <translation>Asiakas ei ole enää rekisterissä.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/rows.py" line="+17"/>
        <source>The letter has no text.</source>
        <translation>Kirjeessä ei ole tekstiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the recipient&apos;s name and address.</source>
        <translation>Kirjoita vastaanottajan nimi ja osoite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address may have at most five rows, or the envelope window hides a part of it. Join the street rows or leave out the c/o row.</source>
        <translation>Osoitteessa saa olla enintään viisi riviä, muuten osa siitä jää kirjekuoren ikkunan ulkopuolelle. Yhdistä katuosoitteen rivit tai jätä c/o-rivi pois.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/sending.py" line="-10"/>
        <source>Write the tracking number of the registered letter.</source>
        <translation>Kirjoita kirjatun kirjeen lähetystunnus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date sent cannot be in the future.</source>
        <translation>Lähetyspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter cannot have been sent before it was signed.</source>
        <translation>Kirjettä ei ole voitu lähettää ennen kuin se allekirjoitettiin.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/signatures.py" line="+17"/>
        <source>The signature image is too large: use a picture under 2 MB.</source>
        <translation>Allekirjoituksen kuva on liian suuri: käytä alle 2 Mt:n kuvaa.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="-18"/>
        <source>A cell of this row holds more than 32 767 characters, so the row was not read.</source>
        <translation>Tämän rivin solussa on yli 32 767 merkkiä, joten riviä ei luettu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quotation mark on this row is not closed, so the row could not be told apart from the rows after it. Check the row in the file; the rows after it were read on their own.</source>
        <translation>Tämän rivin lainausmerkkiä ei ole suljettu, joten riviä ei voitu erottaa sitä seuraavista riveistä. Tarkista rivi tiedostosta; sen jälkeiset rivit luettiin erikseen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This row could not be read. Check it in the file and import it again.</source>
        <translation>Tätä riviä ei voitu lukea. Tarkista se tiedostosta ja tuo se uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact card could not be read. The other cards were read; check this one in the program that made the file.</source>
        <translation>Tätä yhteystietokorttia ei voitu lukea. Muut kortit luettiin; tarkista tämä kortti ohjelmassa, jolla tiedosto on tehty.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/decisions.py" line="-32"/>
        <source>Write the reasons: a decision that does not give all that was asked must state them (Art. 12(4)).</source>
        <translation>Kirjoita perustelut: päätöksessä, joka ei anna kaikkea pyydettyä, on kerrottava ne (12 artiklan 4 kohta).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the purpose of the processing that continues (Art. 21(1)).</source>
        <translation>Kerro jatkuvan käsittelyn tarkoitus (21 artiklan 1 kohta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why the request is handled without a checked identity.</source>
        <translation>Kirjoita, miksi pyyntö käsitellään ilman varmistettua henkilöllisyyttä.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/statements.py" line="+24"/>
        <source>Write the statement as the person gave it.</source>
        <translation>Kirjoita lausuma sellaisena kuin henkilö sen antoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement is too long to keep as text; attach it as a file instead.</source>
        <translation>Lausuma on liian pitkä tallennettavaksi tekstinä; liitä se tiedostona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date it was received cannot be later.</source>
        <translation>Saapumispäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplementary statement completes data after a rectification request; this request does not ask for rectification.</source>
        <translation>Täydentävä lausuma täydentää tietoja oikaisupyynnön jälkeen; tässä pyynnössä ei pyydetä oikaisua.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="-251"/>
        <source>Welcome to Kirjuri</source>
        <translation>Tervetuloa Kirjuriin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kirjuri keeps your customer register and your data-protection requests the way the law expects.

First we create the register. It is encrypted on this computer: nobody can read it without a password. You will need:
  • your business&apos;s name and business ID (Y-tunnus)
  • a user name and a password of at least 10 characters for yourself
  • a pen and paper, or a printer, for the recovery key.</source>
        <translation>Kirjuri pitää asiakasrekisterisi ja tietosuojapyyntösi lain edellyttämällä tavalla.

Luodaan ensin rekisteri. Se tallennetaan salattuna tälle tietokoneelle: kukaan ei voi lukea sitä ilman salasanaa. Tarvitset:
  • yrityksesi nimen ja Y-tunnuksen
  • itsellesi käyttäjätunnuksen ja vähintään 10 merkin salasanan
  • kynän ja paperia tai tulostimen palautusavainta varten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Just looking? Try Kirjuri first with a demo register of made-up customers. It is kept apart from your own register. Its user is {username} and its password {password}.</source>
        <translation>Haluatko vain tutustua? Kokeile Kirjuria ensin esittelyrekisterillä, jossa on keksittyjä asiakkaita. Se pidetään erillään omasta rekisteristäsi. Sen käyttäjätunnus on {username} ja salasana {password}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try Kirjuri with demo data</source>
        <translation>Kokeile Kirjuria esittelytiedoilla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moving to a new computer, or the old one broke? Restore the register from a backup drive instead of creating a new one.</source>
        <translation>Siirrytkö uuteen tietokoneeseen, tai hajosiko vanha? Palauta rekisteri varmuuskopioasemalta uuden luomisen sijaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from a backup…</source>
        <translation>Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does your office keep the register on its server? Connect this workstation to it instead.</source>
        <translation>Onko toimistonne rekisteri palvelimella? Yhdistä tämä työasema siihen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office server…</source>
        <translation>Toimiston palvelin…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="-63"/>
        <source>Import an existing statement</source>
        <translation>Tuo olemassa oleva seloste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements (*.docx *.odt *.html *.htm *.pdf *.txt);;All files (*)</source>
        <translation>Selosteet (*.docx *.odt *.html *.htm *.pdf *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste an existing statement</source>
        <translation>Liitä olemassa oleva seloste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole statement, headings and all:</source>
        <translation>Koko seloste otsikoineen:</translation>
    </message>
</context>
</TS>
