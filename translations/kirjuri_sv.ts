<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/about.py" line="+17"/>
        <source>About Kirjuri</source>
        <translation>Om Kirjuri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kirjuri keeps a small business&apos;s customer register and its data-protection requests as the EU General Data Protection Regulation and the Finnish Data Protection Act expect: encrypted, with personal logins and an audit log.</source>
        <translation>Kirjuri för ett litet företags kundregister och dess dataskyddsbegäranden så som EU:s allmänna dataskyddsförordning och den finländska dataskyddslagen kräver: krypterat, med personliga inloggningar och en händelselogg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register: {path}</source>
        <translation>Register: {path}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../desktop/ui/admin/page.py" line="+39"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Lagringstider</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due for erasure</source>
        <translation>Att radera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office server</source>
        <translation>Kontorets server</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+85"/>
        <source>The register was updated for this version of Kirjuri. A copy of it as it was before is kept at {path}.</source>
        <translation>Registret uppdaterades för den här versionen av Kirjuri. En kopia av registret som det var före uppdateringen finns i {path}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The last restore of a backup was interrupted before it was finished. Kirjuri finished it now: the register is the restored backup. The register as it was before the restore is kept as a copy in the same folder.</source>
        <translation>Den senaste återställningen av en säkerhetskopia avbröts innan den var klar. Kirjuri slutförde den nu: registret är den återställda säkerhetskopian. Registret som det var före återställningen finns kvar som en kopia i samma mapp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last restore of a backup was interrupted and could not be finished. Kirjuri put the register back as it was before the restore; nothing was lost. You can restore the backup again.</source>
        <translation>Den senaste återställningen av en säkerhetskopia avbröts och kunde inte slutföras. Kirjuri satte tillbaka registret som det var före återställningen; ingenting gick förlorat. Du kan återställa säkerhetskopian på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A restore of a backup was interrupted, and files Kirjuri needs to finish or undo it are missing. The register opened as it is now. Check that customers and requests look right; if they do not, restore the backup again. The file {path} tells whoever helps you what happened.</source>
        <translation>En återställning av en säkerhetskopia avbröts, och filer som Kirjuri behöver för att slutföra eller ångra den saknas. Registret öppnades som det är nu. Kontrollera att kunder och begäranden ser riktiga ut; om de inte gör det, återställ säkerhetskopian på nytt. Filen {path} visar vad som hände för den som hjälper dig.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../desktop/ui/customers/attachments_tab.py" line="+52"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+44"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+0"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+0"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add file…</source>
        <translation>Lägg till fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+80"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+14"/>
        <location line="+77"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+8"/>
        <source>Add an attachment</source>
        <translation>Lägg till en bilaga</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Dokument och bilder (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description (optional)</source>
        <translation>Beskrivning (frivillig)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No program was found to open {name}.</source>
        <translation>Inget program hittades för att öppna {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/ui/requests/attachments.py" line="-3"/>
        <source>Delete the attachment {name}? It cannot be restored.</source>
        <translation>Vill du ta bort bilagan {name}? Den kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/requests/attachments.py" line="-88"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach the scanned original…</source>
        <translation>Bifoga det skannade originalet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an ID copy…</source>
        <translation>Bifoga en kopia av identitetshandlingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if a copy had to be taken. It is deleted when the request closes.</source>
        <translation>Endast om en kopia måste tas. Den raderas när begäran stängs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies of identity documents are deleted when the request closes; the scanned original is kept with the request.</source>
        <translation>Kopior av identitetshandlingar raderas när begäran stängs; det skannade originalet sparas med begäran.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ID copy — will be deleted when the request closes</source>
        <translation>Kopia av identitetshandling — raderas när begäran stängs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned original</source>
        <translation>Skannat original</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach an ID copy</source>
        <translation>Bifoga en kopia av identitetshandlingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach a file</source>
        <translation>Bifoga en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and documents</source>
        <translation>Skanningar och dokument</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/admin/audit_tab.py" line="+230"/>
        <source>Who has viewed this customer</source>
        <translation>Vem har tittat på kundens uppgifter</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../desktop/ui/models/audit_names.py" line="+30"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned signature</source>
        <translation>Skannad underskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate</source>
        <translation>Signeringscertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person for data protection</source>
        <translation>Kontaktperson i dataskyddsfrågor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s email</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a web site</source>
        <translation>Har webbplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web site</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds of request</source>
        <translation>Typer av begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of an identity document</source>
        <translation>Kopia av identitetshandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended</source>
        <translation>Tidsfristen förlängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the extension</source>
        <translation>Orsak till förlängningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description handed out</source>
        <translation>Registerbeskrivning överlämnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record</source>
        <translation>Sammanslagen post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of contact</source>
        <translation>Tidpunkt för kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Beställningsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the financial period</source>
        <translation>Räkenskapsperiodens slut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Anonymiserad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Översättningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional sections</source>
        <translation>Tilläggsavsnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics of merged sections</source>
        <translation>Sammanslagna avsnitts ämnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-date translations printed in Finnish</source>
        <translation>Inaktuella översättningar utskrivna på finska</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finnish text translated</source>
        <translation>Översatt finsk text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish text a translation was made from</source>
        <translation>Finsk text som översättningen gjordes från</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal ground</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure</source>
        <translation>Utlämnande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of processing</source>
        <translation>Ändamål med behandlingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field concerned</source>
        <translation>Uppgift som utlåtandet gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplementary statement</source>
        <translation>Kompletterande utlåtande</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../desktop/ui/models/audit_model.py" line="+18"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer {number}</source>
        <translation>Kund {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (erased)</source>
        <translation>Kund (raderad)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Logged in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Låste fönstret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login refused</source>
        <translation>Inloggning nekad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Inställningar ändrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rules changed</source>
        <translation>Lagringstider ändrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure batch (retention)</source>
        <translation>Raderingsomgång (lagringstiden slut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased (retention ended)</source>
        <translation>Raderad (lagringstiden slut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised (retention ended)</source>
        <translation>Anonymiserad (lagringstiden slut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact deleted (retention ended)</source>
        <translation>Kontakt raderad (lagringstiden slut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment deleted (retention ended)</source>
        <translation>Bilaga raderad (lagringstiden slut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order deleted (retention ended)</source>
        <translation>Beställning raderad (lagringstiden slut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased on request</source>
        <translation>Raderad på begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised on request</source>
        <translation>Anonymiserad på begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers exported</source>
        <translation>Kunder exporterade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers imported</source>
        <translation>Kunder importerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address labels printed</source>
        <translation>Adressetiketter utskrivna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation>Händelseloggen exporterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register created</source>
        <translation>Registret skapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted restore put right on opening</source>
        <translation>Avbruten återställning åtgärdad vid öppning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business details entered</source>
        <translation>Företagets uppgifter införda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business details changed</source>
        <translation>Företagets uppgifter ändrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description saved</source>
        <translation>Registerbeskrivningen sparad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy statement published</source>
        <translation>Dataskyddsbeskrivningen publicerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request logged</source>
        <translation>Begäran registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request status changed</source>
        <translation>Begärans status ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>Användare tillagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User changed</source>
        <translation>Användare ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User removed</source>
        <translation>Användare borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Lösenordet bytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Lösenordet återställt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key made</source>
        <translation>Ny återställningsnyckel skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data extract made</source>
        <translation>Registerutdrag gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s data printed</source>
        <translation>Kundens uppgifter utskrivna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified on request</source>
        <translation>Rättat på begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data added</source>
        <translation>Exempeldata tillagda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register moved to the server</source>
        <translation>Registret flyttat till servern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register moved here from a file</source>
        <translation>Registret flyttat hit från en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register exported to a file</source>
        <translation>Registret exporterat till en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register exported here from the server</source>
        <translation>Registret exporterat hit från servern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter drafted</source>
        <translation>Brevutkast gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft edited</source>
        <translation>Brevutkast redigerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft discarded</source>
        <translation>Brevutkast kasserat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter signed</source>
        <translation>Brev undertecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter printed</source>
        <translation>Brev utskrivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter saved as PDF</source>
        <translation>Brev sparat som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter marked as sent</source>
        <translation>Brev markerat som skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF signed digitally</source>
        <translation>PDF signerad elektroniskt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy saved</source>
        <translation>Överförbar kopia sparad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password letter printed</source>
        <translation>Lösenordsbrev utskrivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused</source>
        <translation>Rättelse avslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register restored from a backup</source>
        <translation>Registret återställt från säkerhetskopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached to a request</source>
        <translation>Fil bifogad till begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request attachment opened</source>
        <translation>Bilaga till begäran öppnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request attachment deleted</source>
        <translation>Bilaga till begäran raderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request closed: copies removed</source>
        <translation>Begäran stängd: kopior raderade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request deadline extended</source>
        <translation>Tidsfristen för begäran förlängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s identity checked</source>
        <translation>Begärarens identitet kontrollerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned signature saved</source>
        <translation>Skannad underskrift sparad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate set</source>
        <translation>Signeringscertifikat taget i bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate removed</source>
        <translation>Signeringscertifikat borttaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description handed out</source>
        <translation>Registerbeskrivning överlämnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log does not match its anchor (possible tampering)</source>
        <translation>Händelseloggen stämmer inte med sitt ankare (möjlig manipulering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login refused: user changed outside Kirjuri</source>
        <translation>Inloggning nekad: användaren ändrad utanför Kirjuri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main users&apos; signing key made</source>
        <translation>Huvudanvändarnas signeringsnyckel skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure recorded</source>
        <translation>Utlämnande registrerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Beslut registrerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check overridden by the main user</source>
        <translation>Huvudanvändaren åsidosatte identitetskontrollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifting of a restriction planned</source>
        <translation>Hävning av begränsning planerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Behandling förbjuden (invändningen godtagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplementary statement recorded (Art. 16)</source>
        <translation>Kompletterande utlåtande registrerat (artikel 16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests erased (retention ended)</source>
        <translation>Avslutade begäranden raderade (lagringstiden slut)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Lagringstider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description</source>
        <translation>Registerbeskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, version {version}</source>
        <translation>{name}, version {version}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../desktop/ui/admin/audit_tab.py" line="-191"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action code</source>
        <translation>Händelsekod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Posttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Postens id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export as CSV…</source>
        <translation>Exportera som CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log names who did what and which fields changed, never the values.</source>
        <translation>Loggen visar vem som gjorde vad och vilka fält som ändrades, aldrig värdena.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The log is intact: all %n entries check out against their hashes.</source>
        <translation>
            <numerusform>Loggen är hel: den enda posten (%n) stämmer med sin kontrollsumma.</numerusform>
            <numerusform>Loggen är hel: alla %n poster stämmer med sina kontrollsummor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log has been changed outside Kirjuri: the chain breaks at entry {entry}. Entries before it check out ({count}). Keep the backups and find out who had access to the register file.</source>
        <translation>Loggen har ändrats utanför Kirjuri: kedjan bryts vid post {entry}. Posterna före den ({count}) stämmer. Spara säkerhetskopiorna och ta reda på vem som har haft tillgång till registerfilen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customer has this number.</source>
        <translation>Ingen kund har det här numret.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the audit log</source>
        <translation>Exportera händelseloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit-log.csv</source>
        <translation>handelselogg.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entries were written to {path}.</source>
        <translation>
            <numerusform>%n post skrevs till {path}.</numerusform>
            <numerusform>%n poster skrevs till {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../desktop/store/backup_format.py" line="+49"/>
        <source>This is not a Kirjuri backup (no manifest.json).</source>
        <translation>Det här är inte en säkerhetskopia av Kirjuri (manifest.json saknas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup&apos;s manifest is damaged or of another format.</source>
        <translation>Säkerhetskopians innehållsförteckning är skadad eller av ett annat format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was made by a newer version of Kirjuri (format {version}).</source>
        <translation>Säkerhetskopian gjordes med en nyare version av Kirjuri (format {version}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} is missing from the backup.</source>
        <translation>Filen {name} saknas i säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is cut short: {size} of {expected} bytes.</source>
        <translation>Filen {name} är avkortad: {size} av {expected} byte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} has the wrong size: {size} bytes, expected {expected}.</source>
        <translation>Filen {name} har fel storlek: {size} byte, väntat {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} is damaged: its SHA-256 checksum differs from the manifest.</source>
        <translation>Filen {name} är skadad: dess SHA-256-kontrollsumma avviker från innehållsförteckningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file in the backup cannot be read.</source>
        <translation>Nyckelfilen i säkerhetskopian kan inte läsas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file in the backup belongs to another register.</source>
        <translation>Nyckelfilen i säkerhetskopian hör till ett annat register.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database check {check} found a problem: {detail}</source>
        <translation>Databaskontrollen {check} hittade ett fel: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table {table} has {count} rows, the manifest says {expected}.</source>
        <translation>Tabellen {table} har {count} rader, enligt innehållsförteckningen {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database in the backup cannot be read: {detail}</source>
        <translation>Databasen i säkerhetskopian kan inte läsas: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log in the backup does not end where the manifest says it did.</source>
        <translation>Händelseloggen i säkerhetskopian slutar inte där manifestet säger att den slutade.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../desktop/ui/backup/dialog.py" line="+55"/>
        <source>Back up the register</source>
        <translation>Säkerhetskopiera registret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is encrypted like the register: it opens only with a user&apos;s password or the recovery key. Keep the drive somewhere else than the computer.</source>
        <translation>Säkerhetskopian är krypterad som registret: den öppnas bara med en användares lösenord eller återställningsnyckeln. Förvara enheten någon annanstans än vid datorn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No USB stick or other removable drive found. Plug one in or choose a folder.</source>
        <translation>Inget USB-minne eller annan flyttbar enhet hittades. Anslut en eller välj en mapp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>Sök igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drives</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the folder for the backup</source>
        <translation>Välj mapp för säkerhetskopian</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a drive or a folder.</source>
        <translation>Välj en enhet eller en mapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup goes to: {folder}</source>
        <translation>Säkerhetskopian sparas i: {folder}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copying the register…</source>
        <translation>Registret kopieras…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the backup by reading it back…</source>
        <translation>Säkerhetskopian kontrolleras genom att läsas tillbaka…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done. The backup was made and checked: {path}</source>
        <translation>Klart. Säkerhetskopian har gjorts och kontrollerats: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} older backup(s) were removed from the drive; the newest {keep} are kept.</source>
        <translation>Äldre säkerhetskopior ({count} st.) togs bort från enheten; de {keep} nyaste sparas.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+128"/>
        <source>Your business</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The business that keeps the register. It appears on letters and statements.</source>
        <translation>Företaget som är personuppgiftsansvarig för registret. Uppgifterna syns i brev och i dataskyddsbeskrivningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../desktop/ui/admin/business_tab.py" line="+28"/>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/change_password.py" line="+27"/>
        <source>Change my password</source>
        <translation>Byt mitt lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password again</source>
        <translation>Nytt lösenord igen</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../desktop/core/statement_checklist.py" line="+39"/>
        <source>Who the controller is, and how to reach them</source>
        <translation>Vem den personuppgiftsansvarige är och hur man når den</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data protection officer&apos;s contact details</source>
        <translation>Dataskyddsombudets kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The purposes of processing</source>
        <translation>Ändamålen med behandlingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The legal basis of processing</source>
        <translation>Den rättsliga grunden för behandlingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legitimate interests pursued</source>
        <translation>De berättigade intressen som behandlingen grundar sig på</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recipients of the data</source>
        <translation>Mottagarna av uppgifterna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Överföringar utanför EU/EES</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long the data is kept</source>
        <translation>Hur länge uppgifterna lagras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data subject&apos;s rights</source>
        <translation>Den registrerades rättigheter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right to withdraw consent</source>
        <translation>Rätten att återkalla samtycke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The right to complain to the supervisory authority</source>
        <translation>Rätten att klaga hos tillsynsmyndigheten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether giving the data is required by law or contract, and what follows if not</source>
        <translation>Om uppgifterna krävs enligt lag eller avtal, och vad som följer om de inte lämnas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automated decisions and profiling</source>
        <translation>Automatiserade beslut och profilering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The categories of personal data</source>
        <translation>Kategorierna av personuppgifter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the data comes from</source>
        <translation>Varifrån uppgifterna kommer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cookies section is the template&apos;s text. Say whether the business has a web site and what it uses there, or empty the section.</source>
        <translation>Avsnittet om kakor är mallens text. Ange om företaget har en webbplats och vad den använder, eller töm avsnittet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address where requests can be made in person has no street address: write it in &quot;How to use the rights&quot;.</source>
        <translation>Adressen där begäran kan göras personligen saknar gatuadress: skriv den under &quot;Hur rättigheterna utövas&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact person is the business itself: name a person or a role, and how to reach them.</source>
        <translation>Kontaktpersonen är företaget självt: ange en person eller en roll och hur den nås.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recipient is outside the EU/EEA ({countries}), but the statement says that no data is transferred there.</source>
        <translation>En mottagare finns utanför EU/EES ({countries}), men beskrivningen säger att inga uppgifter överförs dit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analytics or tracking is named in &quot;{named}&quot;, but &quot;{denied}&quot; says there is none. Make the sections agree.</source>
        <translation>Analys eller spårning nämns i &quot;{named}&quot;, men enligt &quot;{denied}&quot; förekommer sådan inte. Gör avsnitten samstämmiga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{section}&quot; keeps order, invoice or accounting data for {period}: less than the Accounting Act requires (vouchers 6 years, the books 10 years; KPL 2:10).</source>
        <translation>Enligt &quot;{section}&quot; sparas uppgifter om beställningar, fakturor eller bokföring i {period}: kortare tid än bokföringslagen kräver (verifikat 6 år, bokföringsböcker 10 år; BokfL 2:10).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../desktop/ui/statement/checklist_panel.py" line="+23"/>
        <location line="+24"/>
        <source>Art. 13 checklist</source>
        <translation>Checklista enligt art. 13</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: {count}</source>
        <translation>varningar: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In: {sections}</source>
        <translation>I avsnitt: {sections}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing from the statement</source>
        <translation>Saknas i beskrivningen</translation>
    </message>
</context>
<context>
    <name>ChooseBackupPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+71"/>
        <source>Choose the backup</source>
        <translation>Välj säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups found on the drives are listed, newest first. Or choose a folder.</source>
        <translation>Säkerhetskopior som hittats på enheterna visas med den nyaste först. Du kan också välja en mapp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backups found on the drives. Plug in the drive or choose the folder.</source>
        <translation>Inga säkerhetskopior hittades på enheterna. Anslut enheten eller välj mappen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the folder of the backups</source>
        <translation>Välj mappen med säkerhetskopiorna</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time} · {customers} customers · {path}</source>
        <translation>{time} · {customers} kunder · {path}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This backup cannot be used:</source>
        <translation>Den här säkerhetskopian kan inte användas:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli/common.py" line="+36"/>
        <source>Created the register {path}</source>
        <translation>Registret har skapats: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main user: {username}</source>
        <translation>Huvudanvändare: {username}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/main.py" line="+53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema revision {revision}, {entries} audit entries, audit chain intact</source>
        <translation>databasversion {revision}, poster i händelseloggen: {entries}, loggkedjan är hel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} problem(s) found in {path}</source>
        <translation>problem i {path}: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/common.py" line="-9"/>
        <source>Password: </source>
        <translation>Lösenord: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again: </source>
        <translation>Lösenord igen: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {username}: </source>
        <translation>Lösenord för {username}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error ({type}). Details are in the log file.</source>
        <translation>oväntat fel ({type}). Närmare uppgifter finns i loggfilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key (shown only this once):

    {key}

Print it or write it down and keep it in a safe. If every password is lost, it is the only
way into the register. Kirjuri does not keep a copy.</source>
        <translation>Återställningsnyckel (visas bara den här gången):

    {key}

Skriv ut den eller skriv upp den och förvara den i ett kassaskåp. Om alla lösenord går
förlorade är den det enda sättet att komma in i registret. Kirjuri sparar ingen kopia.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/demo.py" line="+26"/>
        <source>This is a demo register: the people in it are made up. Keep your own register apart.</source>
        <translation>Det här är ett demoregister: personerna i det är påhittade. Håll ditt eget register åtskilt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data: {percent} % ({done} of {total} customers)</source>
        <translation>Demodata: {percent} % ({done} av {total} kunder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {customers} made-up customers and {events} contact events to {path}</source>
        <translation>Lade till {customers} påhittade kunder och {events} kontakthändelser i {path}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup.py" line="+25"/>
        <source>Backup made and verified: {path}</source>
        <translation>Säkerhetskopian gjord och kontrollerad: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {count} older backup(s) from the drive to keep the newest {keep}.</source>
        <translation>Äldre säkerhetskopior ({count} st.) togs bort från enheten så att de {keep} nyaste sparas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the backup of {time} is whole ({customers} customers; database checks passed)</source>
        <translation>OK: säkerhetskopian från {time} är hel ({customers} kunder; databaskontrollerna godkända)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the backup of {time} is whole as far as can be seen without a password (manifest, sizes and SHA-256 checksums). Give --password-stdin to check the database inside too.</source>
        <translation>OK: säkerhetskopian från {time} är hel så långt det går att se utan lösenord (innehållsförteckning, storlekar och SHA-256-kontrollsummor). Ange --password-stdin för att även kontrollera databasen i den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is not whole:</source>
        <translation>Säkerhetskopian {path} är inte hel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the register {path} from the backup of {time} ({customers} customers).</source>
        <translation>Registret {path} återställdes från säkerhetskopian från {time} ({customers} kunder).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register as it was before is kept at {path}</source>
        <translation>Registret som det var tidigare finns kvar i {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key: </source>
        <translation>Återställningsnyckel: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup of {time} into {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</source>
        <translation>Säkerhetskopian från {time} har återställts till {address}: {rows} rader i {tables} tabeller, {files} arkiverade PDF-filer och bilagor, {entries} poster i händelseloggen. Varje antal, varje SHA-256-kontrollsumma och loggkedjan stämde. Registret på servern öppnas med nyckelfilen {keys}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/statement.py" line="+25"/>
        <source>Wrote the privacy statement (version {version}, {lang}, {format}) to {path}</source>
        <translation>Skrev dataskyddsbeskrivningen (version {version}, {lang}, {format}) till {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the privacy statement ({lang}, {format}) to {path}. It is made from the template: no register description has been saved yet (Register description page).</source>
        <translation>Skrev dataskyddsbeskrivningen ({lang}, {format}) till {path}. Den är gjord av mallen: ingen registerbeskrivning har sparats ännu (sidan Registerbeskrivning).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {sections} sections from {path} as version {version} of the register description.</source>
        <translation>Importerade {sections} avsnitt från {path} som version {version} av registerbeskrivningen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: these paragraphs could not be placed in a section. Give --leave-out-unplaced or --unplaced-to-introduction after checking them:</source>
        <translation>Ingenting sparades: de här styckena kunde inte placeras i något avsnitt. Granska dem och ange --leave-out-unplaced eller --unplaced-to-introduction:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the statement lacks what the law requires in it:</source>
        <translation>Ingenting sparades: beskrivningen saknar det som lagen kräver i den:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {sections} sections from {path} as the {language} texts of the statement, version {version} of the register description.</source>
        <translation>Importerade {sections} avsnitt från {path} som beskrivningens texter på {language}, version {version} av registerbeskrivningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: there is no saved Finnish statement to put the {language} texts in. Import or save the Finnish statement first.</source>
        <translation>Ingenting sparades: det finns ingen sparad finsk beskrivning att foga texterna på {language} till. Importera eller spara den finska beskrivningen först.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the file has {found} sections, the Finnish statement {expected}. The {language} statement is matched to the Finnish one section by section, in order:</source>
        <translation>Ingenting sparades: filen har {found} avsnitt, den finska beskrivningen {expected}. Beskrivningen på {language} paras ihop med den finska avsnitt för avsnitt, i samma ordning:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still without a current {language} text (translate them in the editor): {names}</source>
        <translation>Fortfarande utan aktuell text på {language} (översätt dem i redigeraren): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first version keeps the date written in the statement: {date}.</source>
        <translation>Den första versionen behåller datumet som står i beskrivningen: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {text}</source>
        <translation>Varning: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../desktop/cli/files.py" line="+33"/>
        <source>Contacts in the file: {contacts}; imported {imported} (with a flagged value {flagged}), rejected {rejected}, unreadable {unreadable}. Added {added}, left out {skipped}.</source>
        <translation>Kontakter i filen: {contacts}; importerade {imported} (med en markerad uppgift {flagged}), avvisade {rejected}, oläsliga {unreadable}. Tillagda {added}, utelämnade {skipped}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was written to the register.</source>
        <translation>Provkörning: ingenting skrevs i registret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} customers to {path}</source>
        <translation>Exporterade {count} kunder till {path}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/common.py" line="-7"/>
        <source>Password of the server&apos;s administrator (Enter: from PGPASSWORD or ~/.pgpass): </source>
        <translation>Serveradministratörens lösenord (Enter: från PGPASSWORD eller ~/.pgpass): </translation>
    </message>
    <message>
        <location filename="../desktop/cli/server.py" line="+29"/>
        <source>Copying: {percent} % ({table})</source>
        <translation>Kopierar: {percent} % ({table})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the register to {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Registret har flyttats till {address}: {rows} rader i {tables} tabeller, {files} arkiverade PDF-filer och bilagor, {entries} poster i händelseloggen, på {seconds} s. Varje antal, varje SHA-256-kontrollsumma och loggkedjan stämde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is kept, read-only. The register on the server opens with the key file {keys} and the same passwords.</source>
        <translation>Filen {path} sparas skrivskyddad. Registret på servern öppnas med nyckelfilen {keys} och samma lösenord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the register from the server into {path}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Registret har exporterats från servern till {path}: {rows} rader i {tables} tabeller, {files} arkiverade PDF-filer och bilagor, {entries} poster i händelseloggen, på {seconds} s. Varje antal, varje SHA-256-kontrollsumma och loggkedjan stämde.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+94"/>
        <source>Restore the register</source>
        <translation>Återställ registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what happens before you restore.</source>
        <translation>Kontrollera vad som händer innan du återställer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register on this computer will be replaced with the backup of {time} ({customers} customers). Whatever was saved after that is not in the backup.

The register as it is now is kept as a copy beside it, so nothing is lost.</source>
        <translation>Registret på den här datorn ersätts med säkerhetskopian från {time} ({customers} kunder). Det som sparats efter det finns inte i säkerhetskopian.

Registret som det är nu sparas som en kopia bredvid, så ingenting går förlorat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup of {time} ({customers} customers) becomes the register on this computer. Afterwards everyone logs in with the passwords they had then.</source>
        <translation>Säkerhetskopian från {time} ({customers} kunder) blir registret på den här datorn. Därefter loggar alla in med de lösenord de hade då.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/ui/customers/conflict.py" line="+73"/>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed since you opened it: {fields}.</source>
        <translation>Ändrat sedan du öppnade kunden: {fields}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours (not saved)</source>
        <translation>Dina (inte sparade)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved)</source>
        <translation>Den andras (sparade)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reload (your changes are lost)</source>
        <translation>Läs in på nytt (dina ändringar går förlorade)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../desktop/ui/customers/consents_tab.py" line="+187"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: signed form in the attachments, phone call 3.2.2026</source>
        <translation>Till exempel: undertecknad blankett bland bilagorna, telefonsamtal 3.2.2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
</context>
<context>
    <name>ConsentKindsDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="+142"/>
        <source>Choose at least one.</source>
        <translation>Välj minst en.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../desktop/ui/customers/consents_tab.py" line="-148"/>
        <source>Now in force</source>
        <translation>Gäller nu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recorded</source>
        <translation>Antecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Antecknat av</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Behandling förbjuden (invändningen godtagen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History (entries are never changed, only added)</source>
        <translation>Historik (poster ändras aldrig, de läggs bara till)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{purpose}: prohibited since {date} (request {diary})</source>
        <translation>{purpose}: förbjuden sedan {date} (begäran {diary})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not asked</source>
        <translation>Inte tillfrågad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state} {date}</source>
        <translation>{state} {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>may be used</source>
        <translation>får användas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may not be used</source>
        <translation>får inte användas</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desktop/ui/customers/contact_history_tab.py" line="+134"/>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What about</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Handlagd av</translation>
    </message>
</context>
<context>
    <name>ContactHistoryTab</name>
    <message>
        <location line="-101"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What about</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled by</source>
        <translation>Handlagd av</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show older</source>
        <translation>Visa äldre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add contact…</source>
        <translation>Lägg till kontakt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{shown} of {total}</source>
        <translation>{shown} av {total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the selected contact?</source>
        <translation>Vill du ta bort den valda kontakten?</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="+176"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add address</source>
        <translation>Lägg till adress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add phone number</source>
        <translation>Lägg till telefonnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add email address</source>
        <translation>Lägg till e-postadress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>E-postadresser</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/crash.py" line="+30"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjuri ran into an error it did not expect. Your saved data is safe: what was being saved when this happened was either saved whole or not at all.

If this keeps happening, copy the report below and send it to support. It holds no names or other personal data.</source>
        <translation>Kirjuri stötte på ett oväntat fel. Dina sparade uppgifter är i säkerhet: det som höll på att sparas när felet inträffade sparades antingen helt eller inte alls.

Om felet upprepas, kopiera rapporten nedan och skicka den till supporten. Den innehåller inga namn eller andra personuppgifter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy report</source>
        <translation>Kopiera rapporten</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../desktop/ui/customers/editor.py" line="+118"/>
        <source>Restrict processing…</source>
        <translation>Begränsa behandlingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Lift restriction</source>
        <translation>Häv begränsningen</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Print data extract…</source>
        <translation>Skriv ut registerutdrag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything the register holds on this customer, as a PDF to print or save.</source>
        <translation>Allt som registret innehåller om kunden, som en PDF att skriva ut eller spara.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give privacy statement…</source>
        <translation>Ge dataskyddsbeskrivning…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Kundrelation</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Consents, contact history, orders and attachments can be added once the customer is saved.</source>
        <translation>Samtycken, kontakthistorik, beställningar och bilagor kan läggas till när kunden har sparats.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · customer {number}</source>
        <translation>{name} · kund {number}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloaded: the customer as it is saved now.</source>
        <translation>Inläst på nytt: kunden som den är sparad nu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved yet. Their changes are in the form; yours are kept.</source>
        <translation>Inte sparat än. Den andras ändringar finns nu i formuläret, och dina finns kvar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet. You both changed {fields}: yours is shown, check it before saving.</source>
        <translation>Inte sparat än. Ni har båda ändrat {fields}: ditt värde visas, kontrollera det innan du sparar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lift the restriction of processing for {name}? Their data may then be used again as before.</source>
        <translation>Vill du häva begränsningen av behandlingen för {name}? Uppgifterna kan då användas igen som tidigare.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this customer are not saved. Save them now?</source>
        <translation>Ändringarna för den här kunden har inte sparats. Vill du spara dem nu?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} (customer {number}): {reasons}</source>
        <translation>{name} (kund {number}): {reasons}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer may already be in the register:</source>
        <translation>Den här kunden kan redan finnas i registret:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create anyway</source>
        <translation>Skapa ändå</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open existing</source>
        <translation>Öppna befintlig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/record_tabs.py" line="+20"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact history</source>
        <translation>Kontakthistorik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Ändringshistorik</translation>
    </message>
</context>
<context>
    <name>CustomerFieldNames</name>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="+27"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer level</source>
        <translation>Kundnivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer until</source>
        <translation>Kund till och med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the data</source>
        <translation>Uppgifternas källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Egna fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing</source>
        <translation>Begränsning av behandlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for restriction</source>
        <translation>Orsak till begränsningen</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <location filename="../desktop/core/customer_fields.py" line="+81"/>
        <source>Prospect</source>
        <translation>Potentiell kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landline</source>
        <translation>Fast telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer</source>
        <translation>Kunden själv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public register</source>
        <translation>Offentligt register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-protection request</source>
        <translation>Dataskyddsbegäran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct marketing by post</source>
        <translation>Direktmarknadsföring per post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by email</source>
        <translation>Direktmarknadsföring per e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by phone</source>
        <translation>Direktmarknadsföring per telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by SMS</source>
        <translation>Direktmarknadsföring per sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling and segmentation</source>
        <translation>Profilering och segmentering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure to partners for marketing</source>
        <translation>Utlämnande till samarbetspartner för marknadsföring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication in mailing lists</source>
        <translation>Publicering i utskickslistor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed</source>
        <translation>Tillåtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prohibited</source>
        <translation>Förbjudet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="+26"/>
        <source>(erased)</source>
        <translation>(raderad)</translation>
    </message>
</context>
<context>
    <name>CustomerFilters</name>
    <message>
        <location filename="../desktop/ui/customers/filters.py" line="+18"/>
        <source>post</source>
        <translation>per post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>per e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>per sms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All segments</source>
        <translation>Alla segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not filtered</source>
        <translation>ingen avgränsning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any channel</source>
        <translation>i någon kanal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted and others</source>
        <translation>Begränsade och andra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only restricted</source>
        <translation>Endast begränsade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide restricted</source>
        <translation>Dölj begränsade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers whose processing is restricted</source>
        <translation>Kunder vars behandling är begränsad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has open requests</source>
        <translation>Öppna begäranden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with a data-protection request not yet answered</source>
        <translation>Kunder vars dataskyddsbegäran ännu inte besvarats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing allowed on</source>
        <translation>Marknadsföring tillåten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation>Rensa filtren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every customer again</source>
        <translation>Visa alla kunder igen</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="-22"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted; anonymised record kept for the accounts</source>
        <translation>Raderad; en anonymiserad post sparas för bokföringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>Sammanslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted</source>
        <translation>Behandlingen begränsad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction lifted</source>
        <translation>Begränsningen hävd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent or ban recorded</source>
        <translation>Samtycke eller förbud antecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact added</source>
        <translation>Kontakt tillagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact deleted</source>
        <translation>Kontakt borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order added</source>
        <translation>Beställning tillagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order changed</source>
        <translation>Beställning ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order deleted</source>
        <translation>Beställning borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment added</source>
        <translation>Bilaga tillagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment opened</source>
        <translation>Bilaga öppnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment deleted</source>
        <translation>Bilaga borttagen</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../desktop/ui/models/customers_model.py" line="+26"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted</source>
        <translation>Begränsad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted: not used for marketing or exports.</source>
        <translation>Behandlingen begränsad: används inte för marknadsföring eller export.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../desktop/ui/customers/page.py" line="+84"/>
        <source>Search by name, email, phone, address or customer number</source>
        <translation>Sök på namn, e-post, telefon, adress eller kundnummer</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Ny kund (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge duplicates…</source>
        <translation>Slå ihop dubbletter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the two records of the same person first.</source>
        <translation>Välj först de två kunder som är samma person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print labels…</source>
        <translation>Skriv ut etiketter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address labels for the customers listed now</source>
        <translation>Adressetiketter för kunderna i listan</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln kund</numerusform>
            <numerusform>%Ln kunder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard/page.py" line="+203"/>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review…</source>
        <translation>Granska…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 7 days</source>
        <translation>Förfaller inom 7 dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due later</source>
        <translation>Förfaller senare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for identification</source>
        <translation>Väntar på identifiering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension notice not sent</source>
        <translation>Förlängning inte meddelad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time was extended, but the person has not been told yet. The notice, with its reasons, is due within one month of receipt (Art. 12(3)): the date shown.</source>
        <translation>Tiden har förlängts, men personen har ännu inte underrättats. Meddelandet med skälen ska ges inom en månad från att begäran kom in (artikel 12.3): det visade datumet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extended, refusal due</source>
        <translation>Förlängd, avslag senast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extended requests without a decision. A refusal must be sent within one month of receipt, also when the time was extended (Art. 12(4)): the date shown.</source>
        <translation>Förlängda begäranden utan beslut. Ett avslag ska meddelas inom en månad från att begäran kom in, även när tiden har förlängts (artikel 12.4): det visade datumet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restriction to be lifted</source>
        <translation>Begränsning som hävs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice before lifting the restriction has been sent (Art. 18(3)). The restriction can be lifted once the waiting period is over: the date shown.</source>
        <translation>Meddelandet om att begränsningen hävs har skickats (artikel 18.3). Begränsningen kan hävas när väntetiden har gått ut: det visade datumet.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Welcome, {name}</source>
        <translation>Välkommen, {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n record(s) due for erasure under the retention rules.</source>
        <translation>
            <numerusform>%n post ska raderas enligt lagringstiderna.</numerusform>
            <numerusform>%n poster ska raderas enligt lagringstiderna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup yet.</source>
        <translation>Ingen säkerhetskopia har gjorts ännu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup today.</source>
        <translation>Senaste säkerhetskopian i dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup yesterday.</source>
        <translation>Senaste säkerhetskopian i går.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup {days} days ago.</source>
        <translation>Senaste säkerhetskopian för {days} dagar sedan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to back up: plug in the backup drive.</source>
        <translation>Dags att säkerhetskopiera: anslut säkerhetskopieringsenheten.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../desktop/ui/requests/decision_dialog.py" line="+52"/>
        <source>Refuse the request</source>
        <translation>Avslå begäran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {right}</source>
        <translation>Beslut: {right}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground in law</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons (go into the letter)</source>
        <translation>Motivering (tas med i brevet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of the processing</source>
        <translation>Ändamålet med behandlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why late (only for a late refusal)</source>
        <translation>Orsak till förseningen (endast för ett försenat avslag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the decision</source>
        <translation>Registrera beslutet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The letter gives the reasons and tells the person they may complain to the Data Protection Ombudsman or bring an action in court (Art. 12(4)).</source>
        <translation>Brevet anger motiveringen och att personen kan lämna in klagomål till dataombudsmannen eller väcka talan vid tingsrätten (artikel 12.4).</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../desktop/core/decisions.py" line="+75"/>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted in part</source>
        <translation>Delvis beviljad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing continues on compelling grounds</source>
        <translation>Behandlingen fortsätter av tvingande skäl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ground needed</source>
        <translation>Ingen grund behövs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifestly unfounded (Art. 12(5))</source>
        <translation>Uppenbart ogrundad (artikel 12.5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excessive, e.g. repetitive (Art. 12(5))</source>
        <translation>Orimlig, till exempel upprepad (artikel 12.5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity not established (Art. 11(2), 12(6))</source>
        <translation>Identiteten har inte kunnat bekräftas (artikel 11.2, 12.6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Would affect the rights and freedoms of others (Art. 15(4))</source>
        <translation>Skulle inverka negativt på andras rättigheter och friheter (artikel 15.4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freedom of expression and information (Art. 17(3)(a))</source>
        <translation>Yttrande- och informationsfrihet (artikel 17.3 a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A legal obligation to keep the data (Art. 17(3)(b))</source>
        <translation>Rättslig förpliktelse att spara uppgifterna (artikel 17.3 b)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public health (Art. 17(3)(c))</source>
        <translation>Folkhälsa (artikel 17.3 c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving, research or statistics (Art. 17(3)(d))</source>
        <translation>Arkivering, forskning eller statistik (artikel 17.3 d)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal claims (Art. 17(3)(e))</source>
        <translation>Rättsliga anspråk (artikel 17.3 e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compelling legitimate grounds (Art. 21(1))</source>
        <translation>Tvingande berättigade skäl (artikel 21.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal claims (Art. 21(1))</source>
        <translation>Rättsliga anspråk (artikel 21.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is accurate; a supplementary statement is offered (Art. 16)</source>
        <translation>Uppgifterna är korrekta; ett kompletterande utlåtande erbjuds (artikel 16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ground for erasure applies, e.g. the data is still needed (Art. 17(1))</source>
        <translation>Förutsättningarna för radering är inte uppfyllda, t.ex. uppgifterna behövs ännu (artikel 17.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the conditions for restriction is met (Art. 18(1))</source>
        <translation>Förutsättningarna för begränsning är inte uppfyllda (artikel 18.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data outside the right to portability: not provided by the person, not based on consent or contract, or not processed by automated means (Art. 20(1))</source>
        <translation>Uppgifterna omfattas inte av rätten till dataportabilitet: den registrerade har inte lämnat dem, behandlingen grundar sig inte på samtycke eller avtal eller sker inte automatiserat (artikel 20.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No right to object: the processing is not based on Art. 6(1)(e) or (f), e.g. it is based on a contract or a legal obligation (Art. 21(1))</source>
        <translation>Ingen rätt att invända: behandlingen grundar sig inte på artikel 6.1 e eller f utan t.ex. på avtal eller rättslig förpliktelse (artikel 21.1)</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <location filename="../desktop/ui/customers/delete_dialog.py" line="+25"/>
        <location line="+57"/>
        <source>Delete customer</source>
        <translation>Ta bort kund</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Delete {name} (customer {number})?</source>
        <translation>Vill du ta bort {name} (kund {number})?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The law requires keeping some of their records, so the customer record stays, emptied of personal data, for those records to point at. Everything else is deleted for good and cannot be restored.</source>
        <translation>Lagen kräver att vissa av kundens uppgifter sparas, så kundposten blir kvar, tömd på personuppgifter, för dem. Allt annat raderas för gott och kan inte återställas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything recorded about them is deleted for good and cannot be restored.</source>
        <translation>Allt som har registrerats om kunden raderas för gott och kan inte återställas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How many</source>
        <translation>Hur många</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will be deleted</source>
        <translation>Raderas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no fixed date</source>
        <translation>inget fast datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because the law requires it</source>
        <translation>Sparas, eftersom lagen kräver det</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../desktop/ui/customers/disclosures_tab.py" line="+91"/>
        <source>Record a disclosure</source>
        <translation>Registrera ett utlämnande</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>for example FI</source>
        <translation>till exempel FI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>for example name, address and the invoice</source>
        <translation>till exempel namn, adress och fakturan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of notices</source>
        <translation>Meddelandenas språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was disclosed</source>
        <translation>Vad som lämnades ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <location filename="../desktop/core/disclosures.py" line="+32"/>
        <source>Processor acting for us (Art. 28)</source>
        <translation>Personuppgiftsbiträde som handlar för vår räkning (artikel 28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Avtal (artikel 6.1 b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Rättslig förpliktelse (artikel 6.1 c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Samtycke (artikel 6.1 a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest (Art. 6(1)(f))</source>
        <translation>Berättigat intresse (artikel 6.1 f)</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../desktop/ui/customers/disclosures_tab.py" line="-89"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a disclosure…</source>
        <translation>Registrera ett utlämnande…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record each time this customer&apos;s data is given to someone outside the business. Notices of a rectification, erasure or restriction (GDPR Art. 19) go to these recipients only, and the customer&apos;s access reply lists them.</source>
        <translation>Registrera varje gång kundens uppgifter lämnas ut till någon utanför företaget. Meddelanden om rättelse, radering eller begränsning (artikel 19 i dataskyddsförordningen) skickas endast till dessa mottagare, och de räknas upp i svaret på kundens begäran om tillgång.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../desktop/ui/documents/page.py" line="+51"/>
        <source>Signed letters</source>
        <translation>Undertecknade brev</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search: name, diary number, SHA-256…</source>
        <translation>Sök: namn, diarienummer, SHA-256…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All letters</source>
        <translation>Alla brev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed between</source>
        <translation>Undertecknat mellan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brev</numerusform>
            <numerusform>%n brev</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+26"/>
        <source>The register was restored</source>
        <translation>Registret har återställts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is in use. Nothing else needs to be done.</source>
        <translation>Säkerhetskopian används nu. Inget annat behöver göras.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup of {time} was checked and is now the register ({customers} customers).</source>
        <translation>Säkerhetskopian från {time} kontrollerades och är nu registret ({customers} kunder).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register as it was before is kept at {path}</source>
        <translation>Registret som det var tidigare finns kvar i {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with your password as it was at the time of the backup.</source>
        <translation>Logga in med det lösenord du hade när säkerhetskopian gjordes.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../desktop/ui/models/due_model.py" line="+26"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due since</source>
        <translation>Ska raderas från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept because / note</source>
        <translation>Sparas eftersom / anmärkning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer until {date}</source>
        <translation>Kund till {date}</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <location filename="../desktop/ui/admin/due_tab.py" line="+32"/>
        <source>These records have been kept for as long as the retention rules say. Review them, tick what may go and erase it in one go. Records that must still be kept are shown greyed with the reason and cannot be ticked.</source>
        <translation>De här uppgifterna har sparats så länge som lagringstiderna anger. Gå igenom dem, kryssa för det som får raderas och radera allt på en gång. Uppgifter som ännu måste sparas visas gråa med orsaken och kan inte kryssas för.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erase these requests…</source>
        <translation>Radera dessa begäranden…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update list</source>
        <translation>Uppdatera listan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing of this kind is due for erasure.</source>
        <translation>Inga uppgifter av det här slaget ska raderas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick all shown</source>
        <translation>Kryssa för alla som visas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>Ta bort kryssen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete (anonymise where orders must stay)</source>
        <translation>Radera (anonymisera där beställningar måste sparas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymise (keep the empty record)</source>
        <translation>Anonymisera (den tomma posten blir kvar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase ticked…</source>
        <translation>Radera de förkryssade…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Closed data-protection requests kept for 3 years from the end of their handling: %n due for erasure.</source>
        <translation>
            <numerusform>Avslutade dataskyddsbegäranden sparas i 3 år efter att handläggningen avslutats: %n begäran ska raderas.</numerusform>
            <numerusform>Avslutade dataskyddsbegäranden sparas i 3 år efter att handläggningen avslutats: %n begäranden ska raderas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Erase %n closed request(s) for good, with their event logs, attachments and letters? Their 3 years from the end of handling have passed. This cannot be undone.</source>
        <translation>
            <numerusform>Radera %n avslutad begäran för gott, med händelselogg, bilagor och brev? Tre år har gått sedan handläggningen avslutades. Det går inte att ångra.</numerusform>
            <numerusform>Radera %n avslutade begäranden för gott, med händelseloggar, bilagor och brev? Tre år har gått sedan handläggningen avslutades. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Erased: %n request(s).</source>
        <translation>
            <numerusform>Raderade: %n begäran.</numerusform>
            <numerusform>Raderade: %n begäranden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n förkryssad</numerusform>
            <numerusform>%n förkryssade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Anonymise %n record(s) of “{what}”? Names, contact details, consents, contact history and attachments are erased; an empty record stays with its orders. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymisera %n post i ”{what}”? Namn, kontaktuppgifter, samtycken, kontakthistorik och bilagor raderas; en tom post blir kvar med sina beställningar. Det går inte att ångra.</numerusform>
            <numerusform>Anonymisera %n poster i ”{what}”? Namn, kontaktuppgifter, samtycken, kontakthistorik och bilagor raderas; tomma poster blir kvar med sina beställningar. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Erase %n record(s) of “{what}” for good? Where orders must still be kept under the Accounting Act, the customer is anonymised instead. This cannot be undone.</source>
        <translation>
            <numerusform>Radera %n post i ”{what}” för gott? Där beställningar ännu måste sparas enligt bokföringslagen anonymiseras kunden i stället. Det går inte att ångra.</numerusform>
            <numerusform>Radera %n poster i ”{what}” för gott? Där beställningar ännu måste sparas enligt bokföringslagen anonymiseras kunden i stället. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+49"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Erased: %n deleted</source>
        <translation>
            <numerusform>Klart: %n raderad</numerusform>
            <numerusform>Klart: %n raderade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n anonymised</source>
        <translation>
            <numerusform>%n anonymiserad</numerusform>
            <numerusform>%n anonymiserade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../desktop/services/customers/duplicates.py" line="+22"/>
        <source>same email address</source>
        <translation>samma e-postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>samma telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and address</source>
        <translation>samma namn och adress</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/import_warnings.py" line="+36"/>
        <source>same name, and nothing else to compare</source>
        <translation>samma namn, och inget annat att jämföra</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../desktop/services/rights/erasure.py" line="+76"/>
        <source>Customer record</source>
        <translation>Kundpost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents and prohibitions</source>
        <translation>Samtycken och förbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact history</source>
        <translation>Kontakthistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Övriga uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders past their retention</source>
        <translation>Beställningar vars lagringstid har gått ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplementary statements</source>
        <translation>Kompletterande utlåtanden</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../desktop/ui/requests/erasure_dialog.py" line="+66"/>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer record stays, emptied of personal data, because records the law keeps point at it.</source>
        <translation>Kundposten finns kvar, tömd på personuppgifter, eftersom uppgifter som lagen kräver att sparas hänvisar till den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer record and everything on it is deleted.</source>
        <translation>Kundposten och allt som hör till den raderas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will be deleted</source>
        <translation>Raderas</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>How many</source>
        <translation>Hur många</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No disclosure of this person&apos;s data is recorded: no recipient to tell.</source>
        <translation>Inga utlämnanden av personens uppgifter har registrerats: ingen mottagare behöver underrättas.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Kept, because the law requires it</source>
        <translation>Sparas, eftersom lagen kräver det</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Tell about the erasure (Art. 19)</source>
        <translation>Meddela om raderingen (art. 19)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The person once allowed disclosure to partners: tell them too.</source>
        <translation>Personen har en gång tillåtit utlämnande till samarbetspartner: meddela även dem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer is under a legal hold: nothing can be erased now. Refuse the erasure with the reason, or lift the hold when the claim is settled.</source>
        <translation>Kundens uppgifter ska bevaras på grund av ett rättsligt anspråk: inget kan raderas nu. Avslå raderingen med motivering, eller häv bevarandet när anspråket är avgjort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase the person&apos;s data now? What is listed as kept stays; everything else is deleted for good and cannot be restored.</source>
        <translation>Radera personens uppgifter nu? Det som listats som sparat finns kvar; allt annat raderas för gott och kan inte återställas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase for good</source>
        <translation>Radera för gott</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erased. The request and the kept records stay in the register.</source>
        <translation>Raderat. Begäran och de sparade uppgifterna finns kvar i registret.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/cli/common.py" line="+35"/>
        <source>No password was given. Pipe it in with --password-stdin or run the command in a terminal.</source>
        <translation>Inget lösenord angavs. Ge det via standard in med --password-stdin eller kör kommandot i en terminal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password holds bytes that are not UTF-8 text. Set the terminal (or the script that pipes the password in) to UTF-8 and try again.</source>
        <translation>Lösenordet innehåller byte som inte är UTF-8-text. Ställ in terminalen (eller skriptet som skickar lösenordet) på UTF-8 och försök igen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register has several users ({users}). Name one with --user.</source>
        <translation>Registret har flera användare ({users}). Ange en av dem med --user.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This computer has no confirmed certificate for the server {server}. Connect to it once in the Kirjuri window (Office server…), or give the server&apos;s certificate with --server-cert FILE.</source>
        <translation>Den här datorn har inget bekräftat certifikat för servern {server}. Anslut till den en gång i Kirjuris fönster (Kontorets server…) eller ge serverns certifikat med --server-cert FIL.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/demo.py" line="+6"/>
        <source>The register {path} already has customers. kirjuri demo fills only a new or empty register.</source>
        <translation>Registret {path} har redan kunder. kirjuri demo fyller bara ett nytt eller tomt register.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/statement.py" line="+5"/>
        <source>Kirjuri cannot write the file {path}. Check the folder and its permissions.</source>
        <translation>Kirjuri kan inte skriva filen {path}. Kontrollera mappen och dess behörigheter.</translation>
    </message>
    <message>
        <location filename="../desktop/errors.py" line="+31"/>
        <source>The operation could not be completed.</source>
        <translation>Åtgärden kunde inte slutföras.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user name or password is wrong. Check the spelling and Caps Lock.</source>
        <translation>Användarnamnet eller lösenordet är fel. Kontrollera stavningen och Caps Lock.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key is wrong. Type it exactly as it is on the recovery sheet.</source>
        <translation>Återställningsnyckeln är fel. Skriv den exakt som den står på papperet med återställningsnyckeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong attempts. Wait {seconds} seconds before trying again.</source>
        <translation>För många felaktiga försök. Vänta {seconds} sekunder innan du försöker igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This user has been removed from the register. Ask the main user for access.</source>
        <translation>Den här användaren har tagits bort från registret. Be huvudanvändaren om åtkomst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is not a Kirjuri register. Choose the register file (.kirjuri).</source>
        <translation>Filen {path} är inte ett Kirjuri-register. Välj registerfilen (.kirjuri).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file {path} that belongs beside the register is missing, so the register cannot be opened. Put the .keys file back beside the register or restore a backup.</source>
        <translation>Nyckelfilen {path}, som ska finnas bredvid registret, saknas, så registret kan inte öppnas. Lägg tillbaka .keys-filen bredvid registret eller återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file {path} beside the register has been edited or damaged, so the register is not opened. The register itself was not touched. Put back the .keys file from the latest backup, or restore the backup.</source>
        <translation>Nyckelfilen {path} bredvid registret har redigerats eller skadats, så registret öppnas inte. Själva registret har inte rörts. Lägg tillbaka .keys-filen från den senaste säkerhetskopian eller återställ säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file {path} was written by a newer version of Kirjuri. Install the newer version to open the register; this version will not change it.</source>
        <translation>Nyckelfilen {path} har skrivits av en nyare version av Kirjuri. Installera den nyare versionen för att öppna registret; den här versionen ändrar det inte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file {path} belongs to another register, so this register cannot be opened with it. Nothing was changed. Put this register&apos;s own .keys file beside it (from the same backup as the register).</source>
        <translation>Nyckelfilen {path} hör till ett annat register, så det här registret kan inte öppnas med den. Ingenting ändrades. Lägg registrets egen .keys-fil bredvid det (från samma säkerhetskopia som registret).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no register at {path}.</source>
        <translation>Det finns inget register i {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register file is damaged and cannot be read safely. Nothing has been changed. Restore the latest backup (“Restore from a backup…” in the login window) or contact support.</source>
        <translation>Registerfilen är skadad och kan inte läsas på ett säkert sätt. Ingenting har ändrats. Återställ den senaste säkerhetskopian (”Återställ från säkerhetskopia…” i inloggningsfönstret) eller kontakta supporten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register&apos;s version stamp ({revision}) is older than its tables, so it cannot be brought up to date safely. Nothing was changed. Restore the latest backup or contact support.</source>
        <translation>Registrets versionsmärkning ({revision}) är äldre än dess tabeller, så det kan inte uppdateras på ett säkert sätt. Ingenting ändrades. Återställ den senaste säkerhetskopian eller kontakta supporten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This register was saved by a newer version of Kirjuri. Install the newer version to open it; this version will not change it.</source>
        <translation>Det här registret har sparats med en nyare version av Kirjuri. Installera den nyare versionen för att öppna det; den här versionen ändrar inte registret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full, so the change was not saved. Nothing was lost. Free some space and try again.</source>
        <translation>Disken är full, så ändringen sparades inte. Ingenting gick förlorat. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kirjuri cannot write to {path}. The disk or folder is read-only. Nothing was changed. Move the register to a writable folder or check its permissions.</source>
        <translation>Kirjuri kan inte skriva till {path}. Disken eller mappen är skrivskyddad. Ingenting ändrades. Flytta registret till en mapp där det går att skriva eller kontrollera mappens behörigheter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to the office&apos;s server was lost, so this was not saved; nothing was half-saved. What you typed is kept. Kirjuri tries again; if this goes on, check the network connection.</source>
        <translation>Anslutningen till kontorets server bröts, så detta sparades inte, och inget blev halvsparat. Det du skrev finns kvar. Kirjuri försöker igen; om det fortsätter, kontrollera nätverksanslutningen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register is already open in another Kirjuri window on this computer. Use that window, or close it first.</source>
        <translation>Registret är redan öppet i ett annat Kirjuri-fönster på den här datorn. Använd det fönstret eller stäng det först.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A register already exists at {path}. Choose another location.</source>
        <translation>Det finns redan ett register i {path}. Välj en annan plats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role does not allow this: {action}.</source>
        <translation>Din roll tillåter inte detta: {action}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key slot does not hold the main users&apos; signing key yet, so you cannot change users. Ask another main user to give you a new password, or log in once with the recovery key.</source>
        <translation>Din nyckelplats innehåller ännu inte huvudanvändarnas signeringsnyckel, så du kan inte ändra användare. Be en annan huvudanvändare ge dig ett nytt lösenord eller logga in en gång med återställningsnyckeln.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user record of {username} was changed outside Kirjuri (its role or status is not signed by a main user), so the login is refused. A main user should run “kirjuri check” and restore the latest backup.</source>
        <translation>Användaruppgifterna för {username} har ändrats utanför Kirjuri (rollen eller statusen är inte signerad av en huvudanvändare), så inloggningen nekas. En huvudanvändare bör köra ”kirjuri check” och återställa den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>Lösenordet måste ha minst {minimum} tecken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some fields need attention.</source>
        <translation>Några fält behöver rättas.</translation>
    </message>
    <message>
        <location filename="../desktop/services/access/users.py" line="+23"/>
        <source>The register must keep at least one main user. Make someone else main user first.</source>
        <translation>Registret måste ha minst en huvudanvändare. Gör först någon annan till huvudanvändare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name {username} is already in use.</source>
        <translation>Användarnamnet {username} används redan.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/records.py" line="+69"/>
        <source>The customer was not found. Someone may have deleted or merged it.</source>
        <translation>Kunden hittades inte. Någon kan ha raderat kunden eller slagit ihop den med en annan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal identity codes are not kept in this register. The main user can turn them on in Administration → Settings.</source>
        <translation>Personbeteckningar sparas inte i det här registret. Huvudanvändaren kan slå på dem under Administration → Inställningar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} changed this customer at {time}, after you opened it. Nothing you typed has been saved yet, so that their changes are not lost.</source>
        <translation>{name} ändrade den här kunden {time}, efter att du öppnade den. Inget av det du skrev har sparats ännu, så att den andras ändringar inte går förlorade.</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>The person asked for this restriction in request {diary}. Lift it on that request: the person must be told first (Art. 18(3)).</source>
        <translation>Personen begärde denna begränsning i begäran {diary}. Upphäv den via den begäran: personen ska först underrättas (artikel 18.3).</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="+47"/>
        <source>Kirjuri cannot import {name}. Choose a CSV file (.csv), an Excel workbook (.xlsx), contact cards (.vcf) or an LDIF address book (.ldif).</source>
        <translation>Kirjuri kan inte importera {name}. Välj en CSV-fil (.csv), en Excel-arbetsbok (.xlsx), kontaktkort (.vcf) eller en LDIF-adressbok (.ldif).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} could not be read. It may be damaged or not what its name says. Save it again from the program that made it and try again.</source>
        <translation>Filen {name} kunde inte läsas. Den kan vara skadad eller inte vara vad namnet anger. Spara den på nytt i programmet där den gjordes och försök igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} is too large to import at once (at most {rows} rows, {columns} columns and {megabytes} MB). Split it into smaller files and import them one by one.</source>
        <translation>Filen {name} är för stor för att importeras på en gång (högst {rows} rader, {columns} kolumner och {megabytes} MB). Dela upp den i mindre filer och importera dem en i taget.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/contact_history.py" line="+35"/>
        <source>The contact was not found. Someone may have deleted it already.</source>
        <translation>Kontakten hittades inte. Någon kan redan ha tagit bort den.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/importing.py" line="+70"/>
        <source>The import was cancelled. No customers were added.</source>
        <translation>Importen avbröts. Inga kunder lades till.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers were added or changed while this import waited, so some rows now look different (possible duplicates, earlier bans or erasures). Nothing was imported. Press Check again to see the rows as they are now.</source>
        <translation>Kunder lades till eller ändrades medan den här importen väntade, så en del rader ser nu annorlunda ut (möjliga dubbletter, tidigare förbud eller raderingar). Ingenting importerades. Tryck på Kontrollera igen för att se raderna som de är nu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column is set to a customer field, so there is nothing to import.</source>
        <translation>Ingen kolumn är kopplad till ett kundfält, så det finns inget att importera.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/orders.py" line="+29"/>
        <source>The order was not found. Someone may have deleted it already.</source>
        <translation>Beställningen hittades inte. Någon kan redan ha tagit bort den.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/attachments.py" line="+56"/>
        <source>The file {name} cannot be attached. Kirjuri keeps PDF documents, images (PNG, JPEG, TIFF, GIF, WebP) and plain text files (.txt); the file&apos;s content, not its name, decides.</source>
        <translation>Filen {name} kan inte bifogas. Kirjuri sparar PDF-dokument, bilder (PNG, JPEG, TIFF, GIF, WebP) och textfiler (.txt); det är filens innehåll som avgör, inte dess namn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} is {size} MB. An attachment can be at most {limit} MB; scan it at a lower resolution or split it into parts.</source>
        <translation>Filen {name} är {size} MB. En bilaga får vara högst {limit} MB; skanna den med lägre upplösning eller dela upp den i delar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} could not be read. Check that it exists and is not open.</source>
        <translation>Filen {name} kunde inte läsas. Kontrollera att den finns och inte är öppen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment was not found. Someone may have deleted it already.</source>
        <translation>Bilagan hittades inte. Någon kan redan ha tagit bort den.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/merge.py" line="+52"/>
        <source>Choose two different customers to merge.</source>
        <translation>Välj två olika kunder att slå ihop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These customers have different personal identity codes, so they are different people and cannot be merged.</source>
        <translation>Kunderna har olika personbeteckningar, så de är olika personer och kan inte slås ihop.</translation>
    </message>
    <message>
        <location filename="../desktop/services/requests/log.py" line="+51"/>
        <source>The request was not found.</source>
        <translation>Begäran hittades inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A request in this state cannot be moved there. Reload the request and retry.</source>
        <translation>En begäran i detta skede kan inte flyttas dit. Läs in begäran på nytt och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The time can be extended only once, and only before the first deadline ({due}) has passed.</source>
        <translation>Tiden kan förlängas bara en gång och bara innan den första tidsfristen ({due}) har gått ut.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/base.py" line="+24"/>
        <source>Link the request to a customer first. If the person is not in the register, make the access reply saying that the register holds no data on them.</source>
        <translation>Koppla först begäran till en kund. Om personen inte finns i registret, gör ett svar som säger att registret inte innehåller några uppgifter om hen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer is under a legal hold, so the data cannot be erased now. Refuse the erasure with the reason (GDPR Art. 17(3)(e)), or lift the hold when the claim is settled.</source>
        <translation>Kundens uppgifter ska bevaras på grund av ett rättsligt anspråk och kan inte raderas nu. Avslå raderingen med motivering (artikel 17.3 e i dataskyddsförordningen) eller häv bevarandet när anspråket är avgjort.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check the requester&apos;s identity and record how it was checked before disclosing, changing or erasing data. Only the main user can let the request go on without a check, with a recorded reason.</source>
        <translation>Kontrollera den begärandes identitet och registrera hur den kontrollerades innan du lämnar ut, ändrar eller raderar uppgifter. Endast huvudanvändaren kan låta begäran gå vidare utan kontroll, och skälet registreras.</translation>
    </message>
    <message>
        <location filename="../desktop/errors.py" line="+8"/>
        <source>The export could not be written to {path}. Check that the USB stick is still in place and try again; no half-written file was left behind.</source>
        <translation>Exporten kunde inte skrivas till {path}. Kontrollera att USB-minnet sitter kvar och försök igen; ingen halvfärdig fil blev kvar.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/erasure.py" line="+282"/>
        <source>This request does not ask for erasure, so nothing was erased.</source>
        <translation>Denna begäran gäller inte radering, så ingenting raderades.</translation>
    </message>
    <message>
        <location filename="../desktop/services/register/restore.py" line="+42"/>
        <source>Only a main user of the backup, or the recovery key, can restore it. Log in as a main user or use the recovery key.</source>
        <translation>Endast en huvudanvändare i säkerhetskopian, eller återställningsnyckeln, kan återställa den. Använd en huvudanvändares inloggning eller återställningsnyckeln.</translation>
    </message>
    <message>
        <location filename="../desktop/store/backup.py" line="+71"/>
        <source>The backup did not fit on {path}: the disk is full. The backup was not made and the earlier backups are untouched. Free some space or choose another drive.</source>
        <translation>Säkerhetskopian rymdes inte i {path}: disken är full. Säkerhetskopian gjordes inte och de tidigare säkerhetskopiorna är orörda. Frigör utrymme eller välj en annan enhet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup could not be written to {path}: the drive was removed or cannot be written to. The backup was not made and the earlier backups are untouched.</source>
        <translation>Säkerhetskopian kunde inte skrivas till {path}: enheten togs bort eller går inte att skriva till. Säkerhetskopian gjordes inte och de tidigare säkerhetskopiorna är orörda.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup {path} is not whole: {reasons}</source>
        <translation>Säkerhetskopian {path} är inte hel: {reasons}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a Kirjuri backup.</source>
        <translation>{path} är inte en säkerhetskopia av Kirjuri.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/pades.py" line="+27"/>
        <source>The certificate file could not be opened: it is not a PKCS#12 file (.p12 or .pfx), or the passphrase is wrong.</source>
        <translation>Certifikatfilen kunde inte öppnas: den är inte en PKCS#12-fil (.p12 eller .pfx), eller så är lösenfrasen fel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document to sign is not a readable PDF.</source>
        <translation>Dokumentet som ska undertecknas är inte en läsbar PDF-fil.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/description.py" line="+49"/>
        <source>Version {version} of the register description is not there.</source>
        <translation>Version {version} av registerbeskrivningen finns inte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement in this language cannot be made: {count} sections are untranslated or their translation is older than the Finnish text ({sections}). Translate them, or choose in the register description to print those sections in Finnish.</source>
        <translation>Beskrivningen kan inte göras på det här språket: {count} avsnitt är oöversatta eller deras översättning är äldre än den finska texten ({sections}). Översätt dem eller välj i registerbeskrivningen att de avsnitten skrivs ut på finska.</translation>
    </message>
    <message>
        <location filename="../desktop/services/register/signing.py" line="+39"/>
        <source>This computer has no secure keyring (password store) for the certificate&apos;s passphrase, so digital signatures cannot be used here.</source>
        <translation>Den här datorn har ingen säker nyckelring (lösenordsförvaring) för certifikatets lösenfras, så elektroniska underskrifter kan inte användas här.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No certificate for digital signatures has been chosen, or its passphrase is not on this computer. The main user can set it in Administration → Digital signature.</source>
        <translation>Inget certifikat för elektroniska underskrifter har valts, eller så finns dess lösenfras inte på den här datorn. Huvudanvändaren kan ställa in det under Administration → Elektronisk underskrift.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/not_ready.py" line="+17"/>
        <source>The time has not been extended: record the extension with its reason first.</source>
        <translation>Tidsfristen har inte förlängts. Registrera först förlängningen och skälet till den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rectification has been made through this request yet. Make it first.</source>
        <translation>Inga uppgifter har ännu rättats genom denna begäran. Gör rättelsen först.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rectification has been refused with a reason in this request yet.</source>
        <translation>Ingen rättelse har ännu avslagits med motivering i denna begäran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been erased through this request yet.</source>
        <translation>Inga uppgifter har ännu raderats genom denna begäran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing has not been restricted through this request yet.</source>
        <translation>Behandlingen har ännu inte begränsats genom denna begäran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No objection, ban or withdrawal has been recorded through this request yet.</source>
        <translation>Ingen invändning, inget förbud och ingen återkallelse har ännu registrerats genom denna begäran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portability export has not been made yet. Make it first: its checksum goes into the cover letter.</source>
        <translation>Uppgifterna för dataportabilitet har ännu inte exporterats. Gör exporten först: dess kontrollsumma skrivs i följebrevet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The identification letter must say what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)). Choose &quot;Waiting for identification&quot; and write the doubt first.</source>
        <translation>Begäran om utredning ska ange vad som ger rimliga skäl att betvivla den begärandes identitet (artikel 12.6). Välj först ”Väntar på identifiering” och skriv skälet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision that drafts this letter has been recorded on the request. Record the decision with its ground and reasons first.</source>
        <translation>Inget beslut som detta brev bygger på har registrerats för begäran. Registrera först beslutet med dess grund och motivering.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record why the restriction is to be lifted first: the notice tells the person (Art. 18(3)).</source>
        <translation>Registrera först varför begränsningen ska upphävas: meddelandet berättar det för personen (artikel 18.3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No disclosure of this person&apos;s data has been recorded, so there is no recipient to tell (Art. 19). If the data was disclosed, record the disclosure on the customer&apos;s page first.</source>
        <translation>Inga utlämnanden av personens uppgifter har registrerats, så det finns ingen mottagare att underrätta (artikel 19). Om uppgifterna har lämnats ut, registrera först utlämnandet på kundens sida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No disclosure of this person&apos;s data to {recipient} has been recorded. A notice goes only to a recipient who had the data: telling anyone else would itself disclose it.</source>
        <translation>Inget utlämnande av personens uppgifter till {recipient} har registrerats. Ett meddelande skickas endast till en mottagare som har haft uppgifterna: att meddela någon annan vore i sig ett utlämnande.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing has been rectified, erased or restricted through this request, so there is nothing to tell the recipients.</source>
        <translation>Inget har rättats, raderats eller begränsats genom denna begäran, så det finns inget att meddela mottagarna.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/rendering.py" line="+32"/>
        <source>Check the requester&apos;s identity and record how it was checked before the data is disclosed in a reply.</source>
        <translation>Kontrollera den begärandes identitet och registrera hur den kontrollerades innan uppgifterna lämnas ut i ett svar.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/service.py" line="+80"/>
        <source>The letter was not found.</source>
        <translation>Brevet hittades inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter has been signed and cannot be changed. Write a new letter instead.</source>
        <translation>Brevet har undertecknats och kan inte ändras. Skriv ett nytt brev i stället.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/sending.py" line="+29"/>
        <source>The extension notice had to be sent by {due}, within the first month after receipt (Art. 12(3)). Sent later, it does not extend the time: answer the request now.</source>
        <translation>Meddelandet om förlängd tid skulle ha skickats senast {due}, inom en månad från att begäran kom in (artikel 12.3). Skickat senare förlänger det inte tiden: besvara begäran nu.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/service.py" line="+6"/>
        <source>Sign the letter first.</source>
        <translation>Underteckna brevet först.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/output.py" line="+143"/>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Skrivaren kunde inte startas. Kontrollera att den är påslagen och försök igen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/retention/rules.py" line="+86"/>
        <source>Some of the selected records are no longer due for erasure, or are now kept for a reason (a legal hold, a restriction or an open request). Nothing was erased. Update the list and select again.</source>
        <translation>Några av de valda uppgifterna ska inte längre raderas eller måste nu sparas (ett rättsligt anspråk, en begränsning eller en öppen begäran). Ingenting raderades. Uppdatera listan och välj på nytt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These records can only be deleted.</source>
        <translation>De här uppgifterna kan bara raderas.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/deletion.py" line="+57"/>
        <source>The customer is under a legal hold, so their data cannot be deleted: it is needed for a legal claim (GDPR Art. 17(3)(e)). Nothing was deleted. The data can be deleted once the claim is settled and the hold is lifted.</source>
        <translation>Kundens uppgifter ska bevaras på grund av ett rättsligt anspråk och kan därför inte tas bort: de behövs för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 17.3 e i dataskyddsförordningen). Ingenting togs bort. Uppgifterna kan tas bort när anspråket är avgjort och bevarandet hävt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Processing of this customer&apos;s data is restricted (GDPR Art. 18), so the data must be kept, not deleted. Nothing was deleted. Lift the restriction first if its reason has ended.</source>
        <translation>Behandlingen av kundens uppgifter är begränsad (artikel 18 i dataskyddsförordningen), så uppgifterna ska sparas och får inte tas bort. Ingenting togs bort. Häv först begränsningen om skälet till den inte längre finns.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A data-protection request about this customer is still open, so their data cannot be deleted now: the request is answered on the data as it is. Nothing was deleted. Handle and close the request first; if the person asks for erasure, erase through the request.</source>
        <translation>En dataskyddsbegäran som gäller kunden är fortfarande öppen, så kundens uppgifter kan inte tas bort nu: begäran besvaras utifrån uppgifterna som de är. Ingenting togs bort. Behandla och stäng begäran först; om personen begär radering, radera via begäran.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup.py" line="+52"/>
        <source>The backup {path} is whole, but it was made by a newer version of Kirjuri, so this version cannot restore it. Install the newer version to restore it.</source>
        <translation>Säkerhetskopian {path} är hel, men den har gjorts av en nyare version av Kirjuri, så den här versionen kan inte återställa den. Installera den nyare versionen för att återställa den.</translation>
    </message>
    <message>
        <location filename="../desktop/core/consistency.py" line="+35"/>
        <source>The recipient {subject} is outside the EU/EEA, but the section on transfers outside the EU/EEA does not say so. Name the recipient or its country there, with the safeguard, in the register description.</source>
        <translation>Mottagaren {subject} finns utanför EU/EES, men avsnittet om överföringar utanför EU/EES i dataskyddsbeskrivningen säger inte det. Nämn där mottagaren eller dess land och skyddsåtgärden för överföringen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recipient {subject} is outside the EU/EEA, but no transfer safeguard (adequacy decision, standard contractual clauses, ...) is named for it in the register description.</source>
        <translation>Mottagaren {subject} finns utanför EU/EES, men ingen skyddsåtgärd för överföringen (beslut om adekvat skyddsnivå, standardavtalsklausuler osv.) nämns för den i dataskyddsbeskrivningen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data has been disclosed to {subject}, but the register description does not list it as a recipient. Add it to the recipients in the register description.</source>
        <translation>Uppgifter har lämnats ut till {subject}, men dataskyddsbeskrivningen nämner den inte bland mottagarna. Lägg till den bland mottagarna i beskrivningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register description requires requests to be made in writing, signed or in person. The GDPR does not allow that (Art. 12(2)): suggest ways to send a request, but accept any.</source>
        <translation>Dataskyddsbeskrivningen kräver att en begäran görs skriftligen, undertecknad eller personligen. Dataskyddsförordningen tillåter inte det (artikel 12.2): föreslå sätt att skicka en begäran, men godta alla.</translation>
    </message>
    <message>
        <location filename="../desktop/services/disclosures/consistency.py" line="+22"/>
        <source>The register description does not agree with the data. Check it first.</source>
        <translation>Dataskyddsbeskrivningen stämmer inte med uppgifterna i registret. Kontrollera den först.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/decisions.py" line="+47"/>
        <source>The law does not allow this decision on this ground for this right.</source>
        <translation>Lagen tillåter inte detta beslut på denna grund för denna rättighet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This right was not asked in the request.</source>
        <translation>Denna rättighet begärdes inte i begäran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refusal had to be sent by {due}: within one month of receipt, also when the time was extended (Art. 12(4)). Write why it is late; the reason is recorded with the decision.</source>
        <translation>Ett avslag skulle ha meddelats senast {due}: inom en månad från att begäran kom in, även när tiden har förlängts (artikel 12.4). Skriv orsaken till förseningen; den registreras med beslutet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been erased through this request yet. Carry out the erasure first, then record the decision.</source>
        <translation>Ingenting har ännu raderats genom denna begäran. Genomför raderingen först och registrera sedan beslutet.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/restriction.py" line="+43"/>
        <source>Tell the person before the restriction is lifted (Art. 18(3)): record the reason for lifting, then draft, sign and send the notice letter, and mark it sent.</source>
        <translation>Personen ska underrättas innan begränsningen upphävs (artikel 18.3): registrera skälet, skriv, underteckna och skicka meddelandet och markera det som skickat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notice before lifting the restriction was sent on {sent}. The restriction can be lifted on {earliest} at the earliest (the waiting period set by the main user).</source>
        <translation>Meddelandet om att begränsningen upphävs skickades {sent}. Begränsningen kan upphävas tidigast {earliest} (den väntetid som huvudanvändaren har angett).</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/import_files.py" line="+22"/>
        <source>The statement could not be read.</source>
        <translation>Beskrivningen kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The statement could not be read: the file is larger than 20 MB.</source>
        <translation>Beskrivningen kunde inte läsas: filen är större än 20 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement could not be read: the PDF is protected with a password.</source>
        <translation>Beskrivningen kunde inte läsas: PDF-filen är skyddad med lösenord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement could not be read: there is no text in it (a scanned image?). Paste the text instead.</source>
        <translation>Beskrivningen kunde inte läsas: den innehåller ingen text (en skannad bild?). Klistra in texten i stället.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement could not be read: it is not a Word (.docx), OpenDocument (.odt), web page, PDF or text file.</source>
        <translation>Beskrivningen kunde inte läsas: den är inte en Word- (.docx), OpenDocument- (.odt), webbsides-, PDF- eller textfil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement could not be read: the file is damaged or not what it seems.</source>
        <translation>Beskrivningen kunde inte läsas: filen är skadad eller något annat än den ser ut att vara.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_connection.py" line="+46"/>
        <source>The server {server} does not offer an encrypted connection (TLS), so Kirjuri does not connect to it. Ask the server&apos;s administrator to switch TLS on.</source>
        <translation>Servern {server} erbjuder ingen krypterad anslutning (TLS), så Kirjuri ansluter inte till den. Be serverns administratör att slå på TLS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server {server} is not the one confirmed for this workstation: its certificate&apos;s fingerprint is {found}, the confirmed one is {expected}. Kirjuri did not connect. Ask the server&apos;s administrator whether the certificate was renewed before confirming a new one.</source>
        <translation>Servern {server} är inte den som har bekräftats för den här arbetsstationen: dess certifikats fingeravtryck är {found}, det bekräftade är {expected}. Kirjuri anslöt inte. Fråga serverns administratör om certifikatet har förnyats innan du bekräftar ett nytt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server {server} cannot be reached. Check the address and the network connection.</source>
        <translation>Servern {server} kan inte nås. Kontrollera adressen och nätverksanslutningen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/published.py" line="+28"/>
        <source>That published statement is not in the register.</source>
        <translation>Den publicerade beskrivningen finns inte i registret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kept copy of that statement does not match its SHA-256: it was changed outside Kirjuri. Restore a backup.</source>
        <translation>Det sparade exemplaret av beskrivningen stämmer inte med sin SHA-256: det har ändrats utanför Kirjuri. Återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../desktop/services/server/moving.py" line="+41"/>
        <source>Only a main user can move the register to a server or export it from one.</source>
        <translation>Endast en huvudanvändare kan flytta registret till en server eller exportera det från en server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This register is already on a server.</source>
        <translation>Det här registret finns redan på en server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register is a file, not on a server: make a backup to copy it.</source>
        <translation>Det här registret är en fil, inte på en server: gör en säkerhetskopia för att kopiera det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register was copied to {address} and checked, but this file could not be marked as moved (the disk may be full or read-only). Work in the register on the server (key file {keys}) and do not change this file any more.</source>
        <translation>Registret kopierades till {address} och kontrollerades, men den här filen kunde inte markeras som flyttad (disken kan vara full eller skrivskyddad). Arbeta i registret på servern (nyckelfil {keys}) och ändra inte längre den här filen.</translation>
    </message>
    <message>
        <location filename="../desktop/store/register_copy.py" line="+45"/>
        <source>The target {target} already holds tables. A register is moved only into an empty database (or a new file). Nothing was changed.</source>
        <translation>Målet {target} innehåller redan tabeller. Ett register flyttas endast till en tom databas (eller en ny fil). Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The register holds a table this Kirjuri does not know ({table}). Update Kirjuri before moving it. Nothing was changed.</source>
        <translation>Registret innehåller en tabell som den här versionen av Kirjuri inte känner till ({table}). Uppdatera Kirjuri innan du flyttar det. Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy did not match the register ({table}), so it was not kept. Nothing was changed.</source>
        <translation>Kopian stämde inte med registret ({table}) och sparades därför inte. Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file kept in the register does not match its stored SHA-256 ({what}): the register may be damaged or edited. Run kirjuri check. Nothing was changed.</source>
        <translation>En fil som sparats i registret stämmer inte med sin sparade SHA-256-kontrollsumma ({what}): registret kan vara skadat eller ändrat. Kör kirjuri check. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../desktop/store/register_move.py" line="+68"/>
        <source>This register was moved to the office server ({address}) on {date} and is kept here read-only. Make changes in the register on the server.</source>
        <translation>Det här registret flyttades till kontorets server ({address}) den {date} och sparas här skrivskyddat. Gör ändringar i registret på servern.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_admin.py" line="+28"/>
        <source>{address} is not a PostgreSQL address. Give it as postgresql://server/database.</source>
        <translation>{address} är inte en PostgreSQL-adress. Ange den som postgresql://server/databas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not connect to the server {address}, or the connection was cut. Check the address, the user name and the password, and that the server is running. Nothing was changed.</source>
        <translation>Det gick inte att ansluta till servern {address}, eller så bröts anslutningen. Kontrollera adressen, användarnamnet och lösenordet och att servern är igång. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_login.py" line="+34"/>
        <source>The register on the server {server} cannot be opened from this workstation yet: its key slots are not on the server. The main user logs in once on the workstation the register was moved from; after that every workstation can log in.</source>
        <translation>Registret på servern {server} kan ännu inte öppnas från den här arbetsstationen: dess nyckelplatser finns inte på servern. Huvudanvändaren loggar in en gång på den arbetsstation som registret flyttades från; därefter kan alla arbetsstationer logga in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup file of a register on the office server cannot be made from a workstation yet. The server&apos;s own backups keep the register safe: ask its administrator.</source>
        <translation>En säkerhetskopia som fil av ett register på kontorets server kan ännu inte göras från en arbetsstation. Serverns egna säkerhetskopior skyddar registret: fråga dess administratör.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is not restored over the register on the office server from a workstation. The server&apos;s administrator restores it into a new, empty database on the server (kirjuri restore --url). To use a backup as a register file on this computer, choose &quot;Register file on this computer&quot; in the login window and restore it there.</source>
        <translation>En säkerhetskopia återställs inte över registret på kontorets server från en arbetsstation. Serverns administratör återställer den till en ny, tom databas på servern (kirjuri restore --url). Om du vill använda säkerhetskopian som en registerfil på den här datorn väljer du &quot;Registerfilen på den här datorn&quot; i inloggningsfönstret och återställer den där.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the office server, the main user gives you a new password (Administration → Users). Your password was not changed.</source>
        <translation>På kontorets server ger huvudanvändaren dig ett nytt lösenord (Administration → Användare). Ditt lösenord ändrades inte.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_profile.py" line="+37"/>
        <source>“{address}” is not a server address Kirjuri understands. Give the server&apos;s name or IP address, the port (usually 5432) and the database&apos;s name.</source>
        <translation>”{address}” är inte en serveradress som Kirjuri förstår. Ange serverns namn eller IP-adress, porten (vanligen 5432) och databasens namn.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/customers/exporting.py" line="+68"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality of residence</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer status</source>
        <translation>Kundstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: street</source>
        <translation>Arbetsadress: gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: postal code</source>
        <translation>Arbetsadress: postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: post office</source>
        <translation>Arbetsadress: postanstalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: country</source>
        <translation>Arbetsadress: land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address kind</source>
        <translation>Adresstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other addresses</source>
        <translation>Övriga adresser</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/customers/export_dialog.py" line="+47"/>
        <source>Export customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customers the list shows now are written to a file. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Kunderna som listan visar nu skrivs till en fil. Filen är inte krypterad: förvara den säkert och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV för Excel (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 for phones and Outlook (.vcf)</source>
        <translation>vCard 3.0 för telefoner och Outlook (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV (.csv)</source>
        <translation>Google Kontakter CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook CSV (.csv)</source>
        <translation>Outlook CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (fi): Finnish headers, one value per cell (.xlsx)</source>
        <translation>Excel (fi): finska rubriker, en uppgift per cell (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (fi) as CSV (.csv)</source>
        <translation>Excel (fi) som CSV-fil (.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include customers whose processing is restricted</source>
        <translation>Ta också med kunder vars behandling är begränsad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customers.csv</source>
        <translation>kunder.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty if the file stays with you; otherwise who gets it</source>
        <translation>Tomt om filen stannar hos dig; annars vem som får den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to</source>
        <translation>Lämnas ut till</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a main user may export customer data.</source>
        <translation>Endast en huvudanvändare får exportera kunduppgifter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards (*.vcf)</source>
        <translation>Kontaktkort (*.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer list: names, email addresses, phone numbers and addresses</source>
        <translation>Kundförteckning: namn, e-postadresser, telefonnummer och adresser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {count} customers to {path}.</source>
        <translation>Kunder exporterade till {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>FirstStepsBox</name>
    <message>
        <location filename="../desktop/ui/dashboard/first_steps.py" line="+32"/>
        <source>First steps</source>
        <translation>Första stegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill in the register description: what you keep and why. The privacy statement is made from it.</source>
        <translation>Fyll i registerbeskrivningen: vilka uppgifter du har och varför. Dataskyddsbeskrivningen görs utifrån den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register description</source>
        <translation>Registerbeskrivning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add your customers one by one, or import them from a spreadsheet.</source>
        <translation>Lägg till dina kunder en i taget eller importera dem från ett kalkylark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the first backup onto a USB stick, and keep it apart from the computer.</source>
        <translation>Gör den första säkerhetskopian på ett USB-minne och förvara den åtskild från datorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the recovery sheet and keep it in a safe place. If it was not printed or is lost, make a new recovery key under Users.</source>
        <translation>Skriv ut papperet med återställningsnyckeln och förvara det på ett säkert ställe. Om det inte skrevs ut eller har kommit bort, skapa en ny återställningsnyckel under Användare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../desktop/ui/help/guide.py" line="+120"/>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>HandlingTab</name>
    <message>
        <location filename="../desktop/ui/requests/handling.py" line="+105"/>
        <source>Record how the identity was checked first (Identity and deadline).</source>
        <translation>Registrera först hur identiteten kontrollerades (Identitet och tidsfrist).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decide…</source>
        <translation>Besluta…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show the data extract…</source>
        <translation>Visa registerutdraget…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectify…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse a change…</source>
        <translation>Vägra en ändring…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a supplementary statement…</source>
        <translation>Registrera ett kompletterande utlåtande…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview the erasure…</source>
        <translation>Förhandsgranska raderingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restrict processing…</source>
        <translation>Begränsa behandlingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan lifting…</source>
        <translation>Förbered upphävandet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Lift the restriction</source>
        <translation>Häv begränsningen</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Export the data…</source>
        <translation>Exportera uppgifterna…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the objection…</source>
        <translation>Registrera invändningen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban direct marketing…</source>
        <translation>Förbjud direktmarknadsföring…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw consent…</source>
        <translation>Återkalla samtycke…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Data extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: ”{old}” → ”{new}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: “{new}” not changed — {reason}</source>
        <translation>{field}: ”{new}” inte ändrat — {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Restrict processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The data is kept but not used for marketing, mailings or exports until the restriction is lifted.</source>
        <translation>Uppgifterna sparas men används inte för marknadsföring, utskick eller export förrän begränsningen hävs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <location line="+65"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Plan lifting the restriction</source>
        <translation>Förbered upphävandet av begränsningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is told before the restriction is lifted. Write why it will be lifted; then draft the notice letter on the Letters tab and send it.</source>
        <translation>Personen underrättas innan begränsningen upphävs. Skriv varför den upphävs; skriv sedan meddelandet på fliken Brev och skicka det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lift the restriction of processing? The data may then be used as before.</source>
        <translation>Häva begränsningen av behandlingen? Uppgifterna får då användas som förut.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>As the main user you may let this request go on without a checked identity. Your reason is recorded with the request and in the audit log.</source>
        <translation>Som huvudanvändare kan du låta begäran gå vidare utan identitetskontroll. Ditt skäl registreras i begäran och i händelseloggen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override with a reason…</source>
        <translation>Åsidosätt med motivering…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override the identity check</source>
        <translation>Åsidosätt identitetskontrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why may the request be handled without a checked identity? For example: you know the person and spoke with them.</source>
        <translation>Varför får begäran behandlas utan identitetskontroll? Till exempel: du känner personen och har talat med hen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override and record the decision</source>
        <translation>Åsidosätt och registrera beslutet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where to save the file</source>
        <translation>Var filen ska sparas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {name}
SHA-256: {sha256}</source>
        <translation>Sparad {name}
SHA-256: {sha256}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (AES-256); the password goes separately.</source>
        <translation>Krypterad (AES-256); lösenordet lämnas separat.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which processing does the person object to? It stops for them.</source>
        <translation>Vilken behandling invänder personen mot? Den upphör för hens del.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the objection</source>
        <translation>Registrera invändningen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a ban on direct marketing? The person is left out of every marketing channel from now on.</source>
        <translation>Registrera ett förbud mot direktmarknadsföring? Personen lämnas från och med nu utanför alla marknadsföringskanaler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban direct marketing</source>
        <translation>Förbjud direktmarknadsföring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawal of consent</source>
        <translation>Återkallelse av samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which consents does the person withdraw? Earlier use stays lawful.</source>
        <translation>Vilka samtycken återkallar personen? Tidigare användning förblir laglig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Återkalla</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../desktop/ui/customers/statement_handout.py" line="+68"/>
        <source>Give privacy statement</source>
        <translation>Ge dataskyddsbeskrivning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer gets version {version}, last updated {date}.</source>
        <translation>Kunden får version {version}, uppdaterad {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register description has not been saved yet: the customer gets the template.</source>
        <translation>Registerbeskrivningen har inte sparats ännu: kunden får mallen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print and record…</source>
        <translation>Skriv ut och anteckna…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF and record…</source>
        <translation>Spara PDF och anteckna…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record only</source>
        <translation>Anteckna endast</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Privacy statement</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>privacy-statement.pdf</source>
        <translation>dataskyddsbeskrivning.pdf</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../desktop/ui/customers/history_tab.py" line="+40"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register keeps who did what and which fields changed, never the values.</source>
        <translation>Registret sparar vem som gjorde vad och vilka fält som ändrades, aldrig värdena.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who has viewed this customer…</source>
        <translation>Vem har tittat på uppgifterna…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/customers/import_warnings.py" line="+3"/>
        <source>earlier banned direct marketing</source>
        <translation>har tidigare förbjudit direktmarknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier erased</source>
        <translation>tidigare raderad</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/flags.py" line="+15"/>
        <source>holds a line break</source>
        <translation>innehåller en radbrytning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a control character</source>
        <translation>innehåller ett styrtecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds separators, as if several columns were in it</source>
        <translation>innehåller avgränsare, som om flera kolumner fanns i den</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="-26"/>
        <source>Cells beyond the 512th column were not read: a customer file has fewer columns.</source>
        <translation>Celler efter den 512:e kolumnen lästes inte: en kundfil har färre kolumner.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/ldif_reader.py" line="+21"/>
        <source>Mailing lists in the file are not customers and were left out.</source>
        <translation>Filens e-postlistor är inte kunder och importerades inte.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="+50"/>
        <source>not a phone number Kirjuri can read: kept as written in the notes</source>
        <translation>inget telefonnummer som Kirjuri känner igen: sparat som det skrivits i anteckningarna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fax or pager number: kept in the notes</source>
        <translation>ett fax- eller personsökarnummer: sparat i anteckningarna</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/column_contents.py" line="+17"/>
        <source>Column {column} looks like email addresses and is not imported.</source>
        <translation>Kolumnen {column} ser ut att innehålla e-postadresser och importeras inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {column} looks like phone numbers and is not imported.</source>
        <translation>Kolumnen {column} ser ut att innehålla telefonnummer och importeras inte.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/customers/import_dialog.py" line="+77"/>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a CSV file, an Excel workbook or contact cards.</source>
        <translation>Välj en CSV-fil, en Excel-arbetsbok eller kontaktkort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the customer field for each column. The first rows are shown.</source>
        <translation>Välj kundfält för varje kolumn. De första raderna visas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import these columns too</source>
        <translation>Importera även dessa kolumner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave out people who earlier banned direct marketing or whose data was erased</source>
        <translation>Utelämna personer som tidigare förbjudit direktmarknadsföring eller vars uppgifter har raderats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out possible duplicates</source>
        <translation>Utelämna möjliga dubbletter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report of rejected rows…</source>
        <translation>Spara rapport över avvisade rader…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer files (*.csv *.txt *.xlsx *.vcf *.vcard *.ldif);;All files (*)</source>
        <translation>Kundfiler (*.csv *.txt *.xlsx *.vcf *.vcard *.ldif);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: {encoding} · Separator: {delimiter} · Rows: {rows}</source>
        <translation>Teckenkodning: {encoding} · Avgränsare: {delimiter} · Rader: {rows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows: {rows}</source>
        <translation>Rader: {rows}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column {number}</source>
        <translation>Kolumn {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press Check to see what would be imported.</source>
        <translation>Tryck på Kontrollera för att se vad som skulle importeras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows in the file: {rows} = accepted {accepted} + rejected {rejected} · To add: {added} · Possible duplicates: {duplicates} · Earlier banned or erased: {suppressed} · Rows to look at: {flagged}</source>
        <translation>Rader i filen: {rows} = godkända {accepted} + avvisade {rejected} · Läggs till: {added} · Möjliga dubbletter: {duplicates} · Tidigare förbjudit eller raderade: {suppressed} · Rader att granska: {flagged}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read as an export of {program}.</source>
        <translation>Läst som en export från {program}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of the rejected, unreadable contacts: {count}</source>
        <translation>Av de avvisade oläsliga kontakter: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns with data that are not imported: {columns}</source>
        <translation>Kolumner med uppgifter som inte importeras: {columns}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/import_findings.py" line="+20"/>
        <source>Row {row}: {what}</source>
        <translation>Rad {row}: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check: {cells}</source>
        <translation>granska: {cells}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: {reasons}</source>
        <translation>avvisad: {reasons}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>customer {number} {name}</source>
        <translation>kund {number} {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>possible duplicate ({reasons}) of {who}</source>
        <translation>möjlig dubblett av {who} ({reasons})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/import_dialog.py" line="+28"/>
        <source>Save report of rejected rows</source>
        <translation>Spara rapport över avvisade rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected-rows.csv</source>
        <translation>avvisade-rader.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {count} rejected rows to {path}. Fix them there and import that file.</source>
        <translation>Avvisade rader sparade i {path}: {count}. Rätta dem där och importera den filen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added {added} customers. Left out: {skipped}. Rejected: {rejected}.</source>
        <translation>Tillagda kunder: {added}. Utelämnade: {skipped}. Avvisade: {rejected}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="+55"/>
        <source>Swedish texts of the Finnish sections in the editor</source>
        <translation>Svenska texter till de finska avsnitten i redigeraren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English texts of the Finnish sections in the editor</source>
        <translation>Engelska texter till de finska avsnitten i redigeraren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import an existing statement</source>
        <translation>Importera en befintlig beskrivning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text begins</source>
        <translation>Texten börjar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes with the Finnish section</source>
        <translation>Hör till det finska avsnittet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Finnish statement (replaces the sections)</source>
        <translation>Den finska beskrivningen (ersätter avsnitten)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title: {title}
Date line: {date}</source>
        <translation>Rubrik: {title}
Datumrad: {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave these paragraphs out of the statement</source>
        <translation>Lämna bort de här styckena ur beskrivningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add them to the introduction</source>
        <translation>Lägg till dem i inledningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take into the editor</source>
        <translation>Ta in i redigeraren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement as read</source>
        <translation>Beskrivningen så som den lästes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections in Kirjuri, in this order</source>
        <translation>Avsnitten i Kirjuri, i den här ordningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import as:</source>
        <translation>Importera som:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kirjuri could not place these paragraphs (page numbers and the like):</source>
        <translation>Kirjuri kunde inte placera de här styckena (sidnummer och liknande):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Each section is matched to a Finnish section in order, as the table shows. The Finnish texts stay as they are.</source>
        <translation>Varje avsnitt paras i ordning ihop med ett finskt avsnitt, så som tabellen visar. De finska texterna förblir som de är.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This statement has {found} sections and the Finnish one {expected}: they are matched in order, so there must be as many. Nothing can be imported as it is; correct the headings in the file, or import it as the Finnish statement.</source>
        <translation>Den här beskrivningen har {found} avsnitt och den finska {expected}: de paras ihop i ordning, så de måste vara lika många. Ingenting kan importeras som den är nu; rätta rubrikerna i filen eller importera den som den finska beskrivningen.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="+16"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (first and last)</source>
        <translation>Fullständigt namn (för- och efternamn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work email</source>
        <translation>E-post (arbete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work phone</source>
        <translation>Telefon (arbete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home phone</source>
        <translation>Telefon (hem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work address: street</source>
        <translation>Arbetsadress: gatuadress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work address: postal code</source>
        <translation>Arbetsadress: postnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work address: post office</source>
        <translation>Arbetsadress: postanstalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work address: country</source>
        <translation>Arbetsadress: land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: street</source>
        <translation>Annan adress: gatuadress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: postal code</source>
        <translation>Annan adress: postnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: post office</source>
        <translation>Annan adress: postanstalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: country</source>
        <translation>Annan adress: land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address kind</source>
        <translation>Adresstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other addresses</source>
        <translation>Övriga adresser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax (kept in the notes)</source>
        <translation>Fax (sparas i anteckningarna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pager (kept in the notes)</source>
        <translation>Personsökare (sparas i anteckningarna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole address in one cell</source>
        <translation>Hela adressen i en cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of the next columns (home, work)</source>
        <translation>Typ för följande kolumner (hem, arbete)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Municipality of residence</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer status</source>
        <translation>Kundstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Kund sedan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— do not import —</source>
        <translation>— importera inte —</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/documents/labels.py" line="+77"/>
        <source>At least one.</source>
        <translation>Minst en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label must be at least 15 mm.</source>
        <translation>En etikett måste vara minst 15 mm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be negative.</source>
        <translation>Kan inte vara negativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels, margin and gaps are wider than A4 (210 mm).</source>
        <translation>Etiketterna, marginalen och mellanrummen är bredare än A4 (210 mm).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels, margin and gaps are taller than A4 (297 mm).</source>
        <translation>Etiketterna, marginalen och mellanrummen är högre än A4 (297 mm).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3 × 8 labels, 70 × 37 mm</source>
        <translation>3 × 8 etiketter, 70 × 37 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 7 labels, 99.1 × 38.1 mm</source>
        <translation>2 × 7 etiketter, 99,1 × 38,1 mm</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../desktop/ui/customers/labels_dialog.py" line="+89"/>
        <source>Print address labels</source>
        <translation>Skriv ut adressetiketter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Own sheet…</source>
        <translation>Eget ark…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a sheet already partly used, start at this label.</source>
        <translation>På ett delvis använt ark, börja från den här etiketten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own sheet (millimetres)</source>
        <translation>Eget ark (i millimeter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label width</source>
        <translation>Etikettens bredd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label height</source>
        <translation>Etikettens höjd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Övre marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Vänster marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Mellanrum mellan kolumner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Mellanrum mellan rader</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print (Ctrl+P)</source>
        <translation>Skriv ut (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Label sheet</source>
        <translation>Etikettark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at label</source>
        <translation>Börja från etikett</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n customer(s) in the list.</source>
        <translation>
            <numerusform>%n kund i listan.</numerusform>
            <numerusform>%n kunder i listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etikett</numerusform>
            <numerusform>%n etiketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>on %n sheet(s).</source>
        <translation>
            <numerusform>på %n ark.</numerusform>
            <numerusform>på %n ark.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n banned direct marketing by post</source>
        <translation>
            <numerusform>%n har förbjudit direktmarknadsföring per post</numerusform>
            <numerusform>%n har förbjudit direktmarknadsföring per post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with processing restricted</source>
        <translation>
            <numerusform>%n med begränsad behandling</numerusform>
            <numerusform>%n med begränsad behandling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a postal address</source>
        <translation>
            <numerusform>%n utan postadress</numerusform>
            <numerusform>%n utan postadress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out: {reasons}.</source>
        <translation>
            <numerusform>%n utelämnad: {reasons}.</numerusform>
            <numerusform>%n utelämnade: {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody was left out.</source>
        <translation>Ingen lämnades bort.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save labels as PDF</source>
        <translation>Spara etiketterna som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address-labels.pdf</source>
        <translation>adressetiketter.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The labels were saved in {path}.</source>
        <translation>Etiketterna sparades i {path}.</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../desktop/ui/documents/actions.py" line="+42"/>
        <source>Save the letter as PDF</source>
        <translation>Spara brevet som PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the business&apos;s digital signature to the PDF? Use it when the letter is sent by email; a printed letter is signed by hand.</source>
        <translation>Lägga till företagets elektroniska underskrift i PDF-filen? Använd den när brevet skickas per e-post; ett utskrivet brev undertecknas för hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign digitally</source>
        <translation>Underteckna elektroniskt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without</source>
        <translation>Spara utan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter was saved, digitally signed, as {path}.</source>
        <translation>Brevet sparades elektroniskt undertecknat som {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter was saved as {path}.</source>
        <translation>Brevet sparades som {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply {diary_number}</source>
        <translation>Svar {diary_number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/extract.py" line="+18"/>
        <source>Data extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the data extract as PDF</source>
        <translation>Spara registerutdraget som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-extract.pdf</source>
        <translation>registerutdrag.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The extract was saved as {path}.</source>
        <translation>Utdraget sparades som {path}.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/core/letters.py" line="+51"/>
        <source>Acknowledgement of receipt</source>
        <translation>Mottagningsbevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for identification</source>
        <translation>Begäran om identifiering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension notice</source>
        <translation>Meddelande om förlängd tidsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access reply with the data appendix</source>
        <translation>Svar på begäran om tillgång med uppgiftsbilaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification done</source>
        <translation>Meddelande om rättelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused (certificate)</source>
        <translation>Avslag på rättelse (intyg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erasure done</source>
        <translation>Meddelande om radering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction confirmed</source>
        <translation>Bekräftelse på begränsning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection or marketing ban confirmed</source>
        <translation>Bekräftelse på invändning eller marknadsföringsförbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portability cover letter</source>
        <translation>Följebrev för dataportabilitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal with reasons (Art. 12(4))</source>
        <translation>Avslag med motivering (artikel 12.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure refused (Art. 17)</source>
        <translation>Avslag på radering (artikel 17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection: processing continues (Art. 21(1))</source>
        <translation>Invändning: behandlingen fortsätter (artikel 21.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawal confirmed (Art. 7(3))</source>
        <translation>Återkallelse av samtycke bekräftad (artikel 7.3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice before lifting a restriction (Art. 18(3))</source>
        <translation>Meddelande innan en begränsning upphävs (artikel 18.3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Meddelande till en mottagare (artikel 19)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority letter</source>
        <translation>Prioritetsbrev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered letter</source>
        <translation>Rekommenderat brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over in person</source>
        <translation>Överlämnat personligen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/labels.py" line="+51"/>
        <source>within the deadline {due}</source>
        <translation>inom tidsfristen ({due})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER the deadline {due}</source>
        <translation>EFTER tidsfristen ({due})</translation>
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
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary no.</source>
        <translation>Diarienr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Undertecknat av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Skickat</translation>
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
        <translation>Till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New letter</source>
        <translation>Nytt brev</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The letter</source>
        <translation>Brevet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclosures</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Sändlista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who receives the letter besides the recipient, one a line</source>
        <translation>Vem som får brevet utöver mottagaren, en per rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (the first line is the subject)</source>
        <translation>Text (första raden är rubriken)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign and print…</source>
        <translation>Underteckna och skriv ut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print again…</source>
        <translation>Skriv ut igen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent…</source>
        <translation>Markera som skickat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Kassera utkast</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose a letter above, or make a new one.</source>
        <translation>Välj ett brev ovan eller gör ett nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: edit the text, look at the preview, then sign and print.</source>
        <translation>Utkast: redigera texten, titta på förhandsgranskningen och underteckna och skriv sedan ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed {when} by {who}. SHA-256: {sha}</source>
        <translation>Undertecknat {when} av {who}. SHA-256: {sha}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent: {sent}</source>
        <translation>Skickat: {sent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked as sent yet.</source>
        <translation>Inte markerat som skickat ännu.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Preview: {title}</source>
        <translation>Förhandsgranskning: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign this letter as {name}? The signed letter is kept in the register exactly as it prints, and it cannot be changed afterwards.</source>
        <translation>Underteckna brevet som {name}? Det undertecknade brevet sparas i registret exakt som det skrivs ut, och det kan inte ändras efteråt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and print</source>
        <translation>Underteckna och skriv ut</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{letter}, signed {when}.</source>
        <translation>{letter}, undertecknat {when}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard this draft?</source>
        <translation>Kassera detta utkast?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Kassera</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="+157"/>
        <source>Log a request</source>
        <translation>Registrera en begäran</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What exactly was asked, in their words</source>
        <translation>Vad som exakt begärdes, med personens egna ord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requester</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for</source>
        <translation>Begär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Vad som begärdes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h.mm</source>
        <translation>t.mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The request was received on {day}, more than a month ago. Its one-month deadline may already have passed. Is the date right?</source>
        <translation>Begäran kom in {day}, för mer än en månad sedan. Tidsfristen på en månad kan redan ha gått ut. Stämmer datumet?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date is right</source>
        <translation>Datumet stämmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the date</source>
        <translation>Rätta datumet</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Written and signed by hand</source>
        <translation>Handskriven och undertecknad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only if someone acts for the person</source>
        <translation>Endast om någon företräder personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: power of attorney dated 1.11.2026, guardian</source>
        <translation>Till exempel: fullmakt daterad 1.11.2026, intressebevakare</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attach the scanned original…</source>
        <translation>Bifoga det skannade originalet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>No file attached</source>
        <translation>Ingen fil bifogad</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came by</source>
        <translation>Kom via</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in</source>
        <translation>Svarsspråk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Företrädare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation</source>
        <translation>Fullmakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Log the request</source>
        <translation>Registrera begäran</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The scanned original</source>
        <translation>Det skannade originalet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Skanningar och dokument (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/login.py" line="+315"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to the office server {server}</source>
        <translation>Logga in på kontorets server {server}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a backup…</source>
        <translation>Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office server…</source>
        <translation>Kontorets server…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register file on this computer</source>
        <translation>Registerfilen på den här datorn</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location line="-250"/>
        <source>Log in to Kirjuri</source>
        <translation>Logga in i Kirjuri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remember me on this computer</source>
        <translation>Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are remembered on this computer: press Log in.</source>
        <translation>Du är ihågkommen på den här datorn: tryck på Logga in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgot your password?</source>
        <translation>Har du glömt lösenordet?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“Remember me” is not available: this computer has no secure password store.</source>
        <translation>”Kom ihåg mig” är inte tillgängligt: den här datorn har ingen säker lösenordslagring.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The main user has turned off “Remember me” for this register.</source>
        <translation>Huvudanvändaren har stängt av ”Kom ihåg mig” för det här registret.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter your user name.</source>
        <translation>Ange ditt användarnamn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your password has changed. Log in with your password.</source>
        <translation>Ditt lösenord har bytts. Logga in med ditt lösenord.</translation>
    </message>
</context>
<context>
    <name>MainUserPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+68"/>
        <source>You, the main user</source>
        <translation>Du, huvudanvändaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The main user may do everything, including adding other users. Everyone who uses Kirjuri gets their own user name and password later.</source>
        <translation>Huvudanvändaren får göra allt, också lägga till andra användare. Alla som använder Kirjuri får senare ett eget användarnamn och lösenord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the register</source>
        <translation>Skapa registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example Entrepreneur</source>
        <translation>till exempel företagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a password of at least 10 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Välj ett lösenord på minst 10 tecken. En kort mening är lätt att komma ihåg och svår att gissa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+112"/>
        <location line="+167"/>
        <source>Demo register — the people in it are made up. Your own register is kept separately.</source>
        <translation>Demoregister — personerna i det är påhittade. Ditt eget register sparas separat.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Create my own register…</source>
        <translation>Skapa mitt eget register…</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>Byt mitt lös&amp;enord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My si&amp;gnature…</source>
        <translation>Min &amp;underskrift…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Byt användare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>Användar&amp;handbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kirjuri</source>
        <translation>&amp;Om Kirjuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> — DEMO REGISTER</source>
        <translation> — DEMOREGISTER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — office server {server}</source>
        <translation> — kontorets server {server}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>No connection to the office&apos;s server. Kirjuri keeps trying; what you type is kept until it can be saved.</source>
        <translation>Ingen anslutning till kontorets server. Kirjuri försöker igen; det du skriver finns kvar tills det kan sparas.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The backup was restored. Log in to the register.</source>
        <translation>Säkerhetskopian återställdes. Logga in i registret.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="+93"/>
        <source>Locked. {name} is logged in.</source>
        <translation>Låst. {name} är inloggad.</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{name} left changes that are not saved. Keep them?</source>
        <translation>{name} lämnade ändringar som inte har sparats. Vill du behålla dem?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save their changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard their changes</source>
        <translation>Förkasta ändringarna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some changes are not saved. Save them now?</source>
        <translation>Alla ändringar har inte sparats. Vill du spara dem nu?</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../desktop/ui/requests/sent_dialog.py" line="+46"/>
        <location line="+27"/>
        <source>Mark as sent</source>
        <translation>Markera som skickat</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>e.g. JJFI12345678901234</source>
        <translation>t.ex. JJFI12345678901234</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent on</source>
        <translation>Skickat den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Försändelsenummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the final reply: close the request (identity copies are deleted)</source>
        <translation>Detta är det slutliga svaret: stäng begäran (kopior av identitetshandlingar raderas)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/ui/customers/merge_dialog.py" line="+25"/>
        <source>Merge duplicates</source>
        <translation>Slå ihop dubbletter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the record to keep. The other record&apos;s contact details, consents, contact history, orders and attachments are moved to it, and the other record is removed. This cannot be undone.</source>
        <translation>Välj den kund som ska behållas. Den andra kundens kontaktuppgifter, samtycken, kontakthistorik, beställningar och bilagor flyttas dit, och den andra tas bort. Det här kan inte ångras.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {name} (customer {number})</source>
        <translation>Behåll {name} (kund {number})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
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
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/admin/user_dialog.py" line="+126"/>
        <source>New password for {name}</source>
        <translation>Nytt lösenord för {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../desktop/ui/admin/recovery_key_dialog.py" line="+32"/>
        <source>New recovery key</source>
        <translation>Ny återställningsnyckel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new key</source>
        <translation>Skapa en ny nyckel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Make a new recovery key when the recovery sheet is lost or someone else may have seen it. The old key stops opening the register at once.

Backups made before now still open with the old key (and with the passwords valid then): keep the old sheet until those backups have been replaced.

Type your own password to confirm.</source>
        <translation>Skapa en ny återställningsnyckel när återställningsbladet har kommit bort eller någon annan kan ha sett det. Den gamla nyckeln öppnar inte längre registret.

Säkerhetskopior som gjorts före detta öppnas fortfarande med den gamla nyckeln (och med de lösenord som gällde då): spara det gamla bladet tills de säkerhetskopiorna har ersatts.

Bekräfta genom att skriva ditt eget lösenord.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your password</source>
        <translation>Ditt lösenord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is not right.</source>
        <translation>Lösenordet är inte rätt.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/customers/orders_tab.py" line="+133"/>
        <source>New order</source>
        <translation>Ny beställning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit order</source>
        <translation>Redigera beställning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 12,50</source>
        <translation>till exempel 12,50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: 31.12. of the order&apos;s year</source>
        <translation>tomt: 31.12. under beställningsåret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (€)</source>
        <translation>Belopp (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial period ends</source>
        <translation>Räkenskapsperioden slutar</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location line="-109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial period ends</source>
        <translation>Räkenskapsperioden slutar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add order…</source>
        <translation>Lägg till beställning…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete the order of {date} ({amount})?</source>
        <translation>Vill du ta bort beställningen från {date} ({amount})?</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../desktop/ui/requests/portability_dialogs.py" line="+29"/>
        <source>Export the data</source>
        <translation>Exportera uppgifterna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds the person&apos;s data. A USB stick in the post can be lost: encrypt the file and give the password apart from the stick. The person opens it with the free 7-Zip or a similar program; the cover letter tells them how.</source>
        <translation>Filen innehåller personens uppgifter. En minnessticka som skickas per post kan komma bort: kryptera filen och lämna lösenordet separat från stickan. Personen öppnar filen med det kostnadsfria programmet 7-Zip eller liknande; följebrevet berättar hur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt; send the password in a separate letter</source>
        <translation>Kryptera; skicka lösenordet i ett separat brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt; tell the password by telephone</source>
        <translation>Kryptera; meddela lösenordet per telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not encrypt (handed over in person)</source>
        <translation>Kryptera inte (överlämnas personligen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the file…</source>
        <translation>Spara filen…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="+31"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description</source>
        <translation>Registerbeskrivning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/ui/requests/portability_dialogs.py" line="+31"/>
        <source>Password of the file</source>
        <translation>Filens lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of {name}:</source>
        <translation>Lösenordet till {name}:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the password letter now and post it separately from the stick. Kirjuri does not keep the password: after this window it cannot be shown again.</source>
        <translation>Skriv ut lösenordsbrevet nu och posta det separat från minnesstickan. Kirjuri sparar inte lösenordet: när fönstret har stängts kan det inte visas igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the password to the person by telephone, after making sure you are speaking to them. Kirjuri does not keep the password: after this window it cannot be shown again.</source>
        <translation>Meddela personen lösenordet per telefon, när du har försäkrat dig om att du talar med rätt person. Kirjuri sparar inte lösenordet: när fönstret har stängts kan det inte visas igen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print the password letter…</source>
        <translation>Skriv ut lösenordsbrevet…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../desktop/ui/documents/preview.py" line="+105"/>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>Större</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page {page} / {pages}</source>
        <translation>Sida {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="-120"/>
        <source>Remove the stored identity code</source>
        <translation>Ta bort den sparade personbeteckningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown masked. Type a new code to replace the stored one.</source>
        <translation>Visas maskerad. Skriv en ny beteckning för att ersätta den sparade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not recorded</source>
        <translation>inte sparad</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../desktop/ui/printing.py" line="+78"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The printer could not print the document.</source>
        <translation>Skrivaren kunde inte skriva ut dokumentet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web pages (*.html)</source>
        <translation>Webbsidor (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+30"/>
        <source>Kirjuri cannot write the file {path}. Check the folder and its permissions.</source>
        <translation>Kirjuri kan inte skriva filen {path}. Kontrollera mappen och dess behörigheter.</translation>
    </message>
</context>
<context>
    <name>PrivacyContactFields</name>
    <message>
        <location filename="../desktop/ui/widgets/privacy_contact.py" line="+24"/>
        <source>Leave empty if it is you</source>
        <translation>Lämna tomt om det är du</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person for data protection</source>
        <translation>Kontaktperson i dataskyddsfrågor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person&apos;s email</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, address:</source>
        <translation>Ja, adress:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Do you have a web site?</source>
        <translation>Har ni en webbplats?</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="-77"/>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy statement names a contact person and describes the cookies of your web site. All of these can be left empty and changed later in Administration.</source>
        <translation>Dataskyddsbeskrivningen anger en kontaktperson och beskriver kakorna på er webbplats. Alla fält kan lämnas tomma och ändras senare under Administration.</translation>
    </message>
</context>
<context>
    <name>PublishedDialog</name>
    <message>
        <location filename="../desktop/ui/statement/published_dialog.py" line="+42"/>
        <source>Published statements</source>
        <translation>Publicerade beskrivningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every statement printed or saved is kept here as it went out. Open one, or save it again: the file is the same to the byte (compare its SHA-256).</source>
        <translation>Varje utskriven eller sparad beskrivning finns kvar här sådan den publicerades. Öppna en eller spara den igen: filen är identisk till sista byte (jämför dess SHA-256).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How, by whom</source>
        <translation>Hur, av vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No statement has been published yet.</source>
        <translation>Ingen beskrivning har publicerats ännu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save again…</source>
        <translation>Spara igen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>template</source>
        <translation>mall</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Privacy statement, version {version}</source>
        <translation>Dataskyddsbeskrivning, version {version}</translation>
    </message>
</context>
<context>
    <name>PublishedStatements</name>
    <message>
        <location line="-104"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Utskriven</translation>
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
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+1"/>
        <source>Double Sided Printing</source>
        <translation>Dubbelsidig utskrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side binding</source>
        <translation>Långsidesbindning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side binding</source>
        <translation>Kortsidesbindning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page &amp;Set:</source>
        <translation>Sidupps&amp;ättning:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-44"/>
        <source>Write the reason.</source>
        <translation>Skriv orsaken.</translation>
    </message>
</context>
<context>
    <name>RecipientsTable</name>
    <message>
        <location filename="../desktop/ui/statement/sections.py" line="+192"/>
        <source>The same in every language: change it in Finnish.</source>
        <translation>Samma på alla språk: ändra det i de finska texterna.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/recovery.py" line="+30"/>
        <source>Recover access</source>
        <translation>Återställ åtkomsten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery key from the recovery sheet kept in your safe. Then choose a main user and give them a new password.</source>
        <translation>Skriv återställningsnyckeln från papperet som förvaras i kassaskåpet. Välj sedan en huvudanvändare och ge användaren ett nytt lösenord.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main user</source>
        <translation>Huvudanvändare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Nytt lösenord igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the recovery key.</source>
        <translation>Skriv återställningsnyckeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+81"/>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is shown only once. Write it down or print it now.</source>
        <translation>Nyckeln visas bara en gång. Skriv upp den eller skriv ut den nu.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../desktop/ui/widgets/recovery_key_panel.py" line="+21"/>
        <source>If every password is forgotten, this key is the only way to open the register. Write it on paper (or print this page), and keep the paper in a safe or a locked drawer — not on this computer and not with the backups.</source>
        <translation>Om alla lösenord glöms bort är den här nyckeln det enda sättet att öppna registret. Skriv den på papper (eller skriv ut den här sidan) och förvara papperet i ett kassaskåp eller en låst låda — inte på den här datorn och inte tillsammans med säkerhetskopiorna.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I have written down the recovery key and will keep it in a safe place.</source>
        <translation>Jag har skrivit upp återställningsnyckeln och förvarar den på ett säkert ställe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save it only on a USB stick that goes into the safe with the paper.</source>
        <translation>Spara den endast på ett USB-minne som förvaras i kassaskåpet tillsammans med papperet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recovery-key.pdf</source>
        <translation>aterstallningsnyckel.pdf</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-55"/>
        <source>Email address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Refuse a rectification</source>
        <translation>Vägra en rättelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectify the data</source>
        <translation>Rätta uppgifterna</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value asked for</source>
        <translation>Begärt värde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct value</source>
        <translation>Rätt värde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it is not changed</source>
        <translation>Varför det inte ändras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse</source>
        <translation>Vägra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectify</source>
        <translation>Rätta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the reason.</source>
        <translation>Skriv orsaken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the correct value.</source>
        <translation>Skriv rätt värde.</translation>
    </message>
</context>
<context>
    <name>RelationshipTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="+193"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Separate with commas: VIP, Lunch</source>
        <translation>Skilj åt med kommatecken: VIP, Lunch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Given when saved</source>
        <translation>Ges när kunden sparas</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dashboard/reminder.py" line="+16"/>
        <source>%n request(s) due within 7 days or already late.</source>
        <translation>
            <numerusform>%n begäran förfaller inom 7 dagar eller är redan försenad.</numerusform>
            <numerusform>%n begäranden förfaller inom 7 dagar eller är redan försenade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>%n av dem är försenad.</numerusform>
            <numerusform>%n av dem är försenade.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Requests due soon</source>
        <translation>Begäranden som snart förfaller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard lists them by due date, the most urgent first.</source>
        <translation>Startsidan visar dem efter förfallodag, de mest brådskande först.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dashboard</source>
        <translation>Öppna startsidan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../desktop/ui/requests/detail_dialog.py" line="+66"/>
        <source>Password by a separate letter</source>
        <translation>Lösenord i ett separat brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password by telephone</source>
        <translation>Lösenord per telefon</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity and deadline</source>
        <translation>Identitet och tidsfrist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Event log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered…</source>
        <translation>Besvarad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the request…</source>
        <translation>Avslå begäran…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+333"/>
        <source>Close the request</source>
        <translation>Stäng begäran</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Reopen…</source>
        <translation>Öppna igen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Requester</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Företrädare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for</source>
        <translation>Begär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Vad som begärdes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came by</source>
        <translation>Kom via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by hand</source>
        <translation>Undertecknad för hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply in</source>
        <translation>Svarsspråk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How, if not plain from the method</source>
        <translation>Hur, om det inte framgår av sättet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was checked</source>
        <translation>Hur den kontrollerades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the identity check</source>
        <translation>Registrera identitetskontrollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for identification</source>
        <translation>Väntar på identifiering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline keeps running while the person is asked to identify themselves.</source>
        <translation>Tidsfristen löper även medan personen ombeds styrka sin identitet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend…</source>
        <translation>Förläng…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two further months (Art. 12(3)), once, before the first deadline.</source>
        <translation>Två månader till (art. 12.3), en gång, innan den första tidsfristen gått ut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request {number}</source>
        <translation>Begäran {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} · {requester}</source>
        <translation>{number} · {requester}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due {date}</source>
        <translation>Förfaller {date}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checked {when} by {who}: {method}</source>
        <translation>Kontrollerad {when} av {who}: {method}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not checked yet.</source>
        <translation>Inte kontrollerad ännu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received {when}.</source>
        <translation>Mottagen {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due {date}.</source>
        <translation>Ska besvaras senast {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extended on {date}: {reason}</source>
        <translation>Förlängd {date}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answered on {date}.</source>
        <translation>Besvarad {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply sent: {sent}</source>
        <translation>Svaret skickat: {sent}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ask for identification</source>
        <translation>Begär identifiering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What gives reasonable doubt that the requester is the person the data is about? The identification letter tells them, in these words.</source>
        <translation>Vad ger rimliga skäl att betvivla att den begärande är den person som uppgifterna gäller? Begäran om utredning meddelar personen detta med dessa ord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasonable doubt</source>
        <translation>Rimligt tvivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for identification</source>
        <translation>Vänta på identifiering</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Extend the time to reply</source>
        <translation>Förläng svarstiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply may be given two months later, if the request is complex or there are many. The person must be told of the extension and why within the first month.</source>
        <translation>Svaret får ges två månader senare om begäran är komplicerad eller om det finns många. Personen ska underrättas om förlängningen och orsaken inom den första månaden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend</source>
        <translation>Förläng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the reply was sent. What was done can be written down here.</source>
        <translation>Registrera att svaret har skickats. Här kan du skriva vad som gjordes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as answered</source>
        <translation>Markera som besvarad</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Close request {number}? Copies of identity documents attached to it are deleted; the request and its event log are kept as proof of handling.</source>
        <translation>Stänga begäran {number}? Kopior av identitetshandlingar som bifogats raderas; begäran och dess händelselogg sparas som bevis på behandlingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen the request</source>
        <translation>Öppna begäran igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request goes back to in progress. The reopening is logged.</source>
        <translation>Begäran går tillbaka till behandling. Återöppnandet registreras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../desktop/ui/requests/labels.py" line="+36"/>
        <source>rectification</source>
        <translation>rättelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasure</source>
        <translation>radering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objection</source>
        <translation>invändning</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>access to data</source>
        <translation>tillgång till uppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restriction of processing</source>
        <translation>begränsning av behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data portability</source>
        <translation>dataportabilitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct-marketing ban</source>
        <translation>förbud mot direktmarknadsföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal of consent</source>
        <translation>återkallelse av samtycke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter drafted</source>
        <translation>Brevutkast gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft discarded</source>
        <translation>Brevutkast kasserat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter signed</source>
        <translation>Brev undertecknat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter printed</source>
        <translation>Brev utskrivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter saved as PDF</source>
        <translation>Brev sparat som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter sent</source>
        <translation>Brev skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity checked</source>
        <translation>Identitet kontrollerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time extended</source>
        <translation>Tidsfristen förlängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Öppnad igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached</source>
        <translation>Fil bifogad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment deleted</source>
        <translation>Bilaga raderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy attached</source>
        <translation>Kopia av identitetshandling bifogad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy deleted</source>
        <translation>Kopia av identitetshandling raderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data extract made</source>
        <translation>Registerutdrag gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified</source>
        <translation>Rättad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused</source>
        <translation>Rättelse avslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data erased</source>
        <translation>Uppgifter raderade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted</source>
        <translation>Behandlingen begränsad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction lifted</source>
        <translation>Begränsningen hävd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy saved</source>
        <translation>Portabel kopia sparad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy encrypted, password sent separately</source>
        <translation>Den överförbara kopian krypterad, lösenordet lämnat separat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password letter printed</source>
        <translation>Lösenordsbrev utskrivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection recorded</source>
        <translation>Invändning registrerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing banned</source>
        <translation>Direktmarknadsföring förbjuden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply address removed</source>
        <translation>Svarsadressen borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Beslut registrerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal sent late, reason recorded</source>
        <translation>Avslaget försenat, skälet registrerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check overridden by the main user</source>
        <translation>Huvudanvändaren åsidosatte identitetskontrollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Behandling förbjuden (invändningen godtagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifting of the restriction planned</source>
        <translation>Hävning av begränsningen planerad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplementary statement recorded</source>
        <translation>Kompletterande utlåtande registrerat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestListBox</name>
    <message>
        <location filename="../desktop/ui/dashboard/page.py" line="-312"/>
        <source>Diary no.</source>
        <translation>Diarienr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the first {shown} shown</source>
        <translation>de {shown} första visas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>can be lifted now</source>
        <translation>kan hävas nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {date}</source>
        <translation>från {date}</translation>
    </message>
</context>
<context>
    <name>RequesterPicker</name>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="-223"/>
        <source>A customer in the register</source>
        <translation>En kund i registret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person not in the register</source>
        <translation>En person som inte finns i registret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, customer number, email or phone</source>
        <translation>Sök på namn, kundnummer, e-post eller telefon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} · customer {number}</source>
        <translation>{name} · kund {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen: {customer}</source>
        <translation>Vald: {customer}</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../desktop/core/requests.py" line="+84"/>
        <source>Access to data (Art. 15)</source>
        <translation>Tillgång till uppgifter (art. 15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification (Art. 16)</source>
        <translation>Rättelse (art. 16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure (Art. 17)</source>
        <translation>Radering (art. 17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing (Art. 18)</source>
        <translation>Begränsning av behandling (art. 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data portability (Art. 20)</source>
        <translation>Dataportabilitet (art. 20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection (Art. 21(1))</source>
        <translation>Invändning (art. 21.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct-marketing ban (Art. 21(2)–(3))</source>
        <translation>Förbud mot direktmarknadsföring (art. 21.2–3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Återkallelse av samtycke (art. 7.3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for identification</source>
        <translation>Väntar på identifiering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Tiden förlängd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In person, with an identity document</source>
        <translation>Personligen, med identitetshandling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature matches earlier correspondence</source>
        <translation>Underskriften stämmer med tidigare korrespondens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number and address match</source>
        <translation>Kundnummer och adress stämmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent from the email address in the register</source>
        <translation>Skickad från e-postadressen i registret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other (described)</source>
        <translation>Annat (beskrivet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: the main user decided to go on (reason recorded)</source>
        <translation>Inte kontrollerad: huvudanvändaren beslutade att gå vidare (skälet registrerat)</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../desktop/ui/models/requests_model.py" line="+34"/>
        <source>Diary no.</source>
        <translation>Diarienr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../desktop/ui/requests/page.py" line="+43"/>
        <source>Data-protection requests</source>
        <translation>Dataskyddsbegäranden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not closed</source>
        <translation>Ej stängda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Alla begäranden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Log a request…</source>
        <translation>Registrera en begäran…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Log a request (Ctrl+N)</source>
        <translation>Registrera en begäran (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n begäran</numerusform>
            <numerusform>%n begäranden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+21"/>
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../desktop/ui/customers/restriction.py" line="+56"/>
        <location line="+18"/>
        <source>Restrict processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The data of {name} is kept but not used for marketing, mailings or exports until the restriction is lifted.</source>
        <translation>Uppgifterna om {name} sparas men används inte för marknadsföring, utskick eller export förrän begränsningen hävs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: the customer disputes the accuracy of the data (request 12/2026)</source>
        <translation>Till exempel: kunden bestrider att uppgifterna är korrekta (begäran 12/2026)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write down why processing is restricted.</source>
        <translation>Skriv varför behandlingen begränsas.</translation>
    </message>
</context>
<context>
    <name>RestrictionBanner</name>
    <message>
        <location line="-52"/>
        <source>Processing restricted since {date}: {reason}</source>
        <translation>Behandlingen begränsad sedan {date}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data is kept but not used: the customer is left out of mailings and exports.</source>
        <translation>Uppgifterna sparas men används inte: kunden lämnas utanför utskick och export.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../desktop/core/retention.py" line="+59"/>
        <source>Order (accounting entry)</source>
        <translation>Beställning (bokföringspost)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Invoice (accounting voucher)</source>
        <translation>Faktura (verifikation)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Order (accounting material)</source>
        <translation>Beställning (bokföringsmaterial)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open invoice</source>
        <translation>Obetald faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer record under a legal hold</source>
        <translation>Kundpost som bevaras på grund av ett rättsligt anspråk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unanswered data-protection request</source>
        <translation>En obesvarad dataskyddsbegäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request and its log</source>
        <translation>Denna begäran och dess logg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyed check values of the email addresses and phone numbers</source>
        <translation>Krypterade kontrollsummor av e-postadresserna och telefonnumren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounting Act (Kirjanpitolaki) 2:10: vouchers and other accounting material are kept 6 years from the end of the year in which the financial period ended. GDPR Art. 17(3)(b).</source>
        <translation>2 kap. 10 § i bokföringslagen: verifikationer och annat bokföringsmaterial sparas i 6 år från utgången av det år då räkenskapsperioden upphörde. Artikel 17.3 b i dataskyddsförordningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invoice is not paid: it is kept to collect the claim, and after payment as a voucher. GDPR Art. 17(3)(b) and (e).</source>
        <translation>Fakturan är obetald: den sparas för att fordran ska kunna drivas in och efter betalningen som verifikation. Artikel 17.3 b och e i dataskyddsförordningen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The person asked for a direct-marketing ban (GDPR Art. 21(2)-(3)): the check values stop their contacts from being added back for marketing. The contacts cannot be read from them.</source>
        <translation>Personen har förbjudit direktmarknadsföring (artikel 21.2–21.3 i dataskyddsförordningen): kontrollsummorna hindrar att personens kontaktuppgifter läggs till på nytt för marknadsföring. Kontaktuppgifterna kan inte läsas ur dem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>until {date}</source>
        <translation>till och med {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the invoice is paid, then until {date}</source>
        <translation>tills fakturan är betald, därefter till och med {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the claim is settled or can no longer be made</source>
        <translation>tills anspråket har avgjorts eller inte längre kan framställas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until the request has been answered</source>
        <translation>tills begäran har besvarats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years from the end of the request&apos;s handling (Act on the Limitation of Debts, section 4)</source>
        <translation>3 år från att behandlingen av begäran avslutades (4 § i lagen om preskription av skulder)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until the person withdraws the ban</source>
        <translation>tills personen återkallar förbudet</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Needed for the establishment, exercise or defence of a legal claim. GDPR Art. 17(3)(e).</source>
        <translation>Behövs för att fastställa, göra gällande eller försvara ett rättsligt anspråk. Dataskyddsförordningen artikel 17.3 e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person&apos;s other request must still be answered (GDPR Art. 12(3)); the data it needs stays until then.</source>
        <translation>Personens andra begäran ska ännu besvaras (artikel 12.3 i dataskyddsförordningen); de uppgifter som behövs för den sparas till dess.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proof that the request was handled (GDPR Art. 5(2) and 12): the diary number, dates, kinds, how identity was checked and what was done. The erased data is not in it.</source>
        <translation>Bevis på att begäran har behandlats (dataskyddsförordningen artikel 5.2 och 12): diarienummer, datum, typ av begäran, hur identiteten kontrollerades och vad som gjordes. De raderade uppgifterna ingår inte.</translation>
    </message>
    <message>
        <location filename="../desktop/core/retention_rules.py" line="+49"/>
        <source>Customer data</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects (potential customers)</source>
        <translation>Potentiella kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact events (visits, letters, email)</source>
        <translation>Kontakter (besök, brev, e-post)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone calls</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Chattar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/retention/due.py" line="+42"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders (accounting material)</source>
        <translation>Beställningar (bokföringsmaterial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices (accounting vouchers)</source>
        <translation>Fakturor (verifikationer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after the customer relationship ended</source>
        <translation>efter att kundrelationen upphört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the last contact or being added</source>
        <translation>efter senaste kontakten eller tillägget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the contact</source>
        <translation>efter kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the call</source>
        <translation>efter samtalet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the chat</source>
        <translation>efter chatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after it was added</source>
        <translation>efter att den lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>after the end of the year in which the financial period ended</source>
        <translation>efter utgången av det år då räkenskapsperioden upphörde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../desktop/services/retention/due.py" line="-2"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact history</source>
        <translation>Kontakthistorik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders and invoices</source>
        <translation>Beställningar och fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing restricted (GDPR Art. 18)</source>
        <translation>Behandlingen begränsad (artikel 18 i dataskyddsförordningen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open data-protection request</source>
        <translation>En öppen dataskyddsbegäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders must still be kept: the record is anonymised, not deleted</source>
        <translation>Beställningarna måste ännu sparas: posten anonymiseras, raderas inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymised earlier; only the empty record is left</source>
        <translation>Anonymiserad tidigare; bara den tomma posten finns kvar</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/deletion.py" line="-24"/>
        <source>Their data-protection requests and how they were handled</source>
        <translation>Kundens dataskyddsbegäranden och hur de behandlades</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../desktop/ui/admin/retention_tab.py" line="+99"/>
        <source>How long each kind of record is kept. When the time is up, the record is listed under “Due for erasure”, where the main user reviews it before anything is erased. Untick a category to keep its records until you decide otherwise. Orders and invoices are kept at least as long as the Accounting Act requires.</source>
        <translation>Hur länge varje slags uppgift sparas. När tiden är ute visas uppgiften under ”Att radera”, där huvudanvändaren går igenom den innan något raderas. Ta bort krysset för att spara uppgifterna tills du beslutar annat. Beställningar och fakturor sparas minst så länge som bokföringslagen kräver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for</source>
        <translation>Sparas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The defaults are the periods your register description names (for example “chats: 3 months”); where it names none, Kirjuri suggests one.</source>
        <translation>Standardvärdena är de tider som registerbeskrivningen nämner (till exempel ”chattar: 3 månader”); där den inte nämner någon föreslår Kirjuri en.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the defaults</source>
        <translation>Använd standardvärdena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Ångra ändringarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save retention rules</source>
        <translation>Spara lagringstiderna</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../desktop/core/roles.py" line="+46"/>
        <source>Main user</source>
        <translation>Huvudanvändare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Läsbehörighet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything, including users and settings</source>
        <translation>Allt, också användare och inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers, requests, letters and printing</source>
        <translation>Kunder, begäranden, brev och utskrifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May view the register but not change it</source>
        <translation>Får se registret men inte ändra det</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>viewing the register</source>
        <translation>visning av registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing customers</source>
        <translation>ändring av kunduppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handling requests</source>
        <translation>behandling av begäranden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing and printing letters</source>
        <translation>undertecknande och utskrift av brev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exporting customer data</source>
        <translation>export av kunduppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managing users</source>
        <translation>hantering av användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing settings</source>
        <translation>ändring av inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing the register description</source>
        <translation>redigering av registerbeskrivningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewing the audit log</source>
        <translation>visning av händelseloggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making backups</source>
        <translation>säkerhetskopiering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasing records whose retention period has ended</source>
        <translation>radering av uppgifter vars lagringstid har gått ut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting customers</source>
        <translation>borttagning av kunder</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../desktop/ui/statement/section_list.py" line="+92"/>
        <source>Add a section of your own</source>
        <translation>Lägg till ett eget avsnitt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a section below</source>
        <translation>Infoga ett avsnitt nedanför</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with the next</source>
        <translation>Slå ihop med nästa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split in two…</source>
        <translation>Dela i två…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new section starts at the paragraph the cursor is in (Finnish text).</source>
        <translation>Det nya avsnittet börjar vid det stycke där markören står (den finska texten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer safeguard</source>
        <translation>Skyddsåtgärd vid överföring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a recipient</source>
        <translation>Lägg till mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected recipient</source>
        <translation>Ta bort vald mottagare</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Other topic</source>
        <translation>Annat ämne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also about (merged in): {topics}</source>
        <translation>Gäller också (sammanslaget hit): {topics}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section of your own</source>
        <translation>Eget avsnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove section</source>
        <translation>Ta bort avsnittet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Heading in the statement:</source>
        <translation>Rubrik i beskrivningen:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The Finnish text has changed since this translation was made; it is not printed until you update it or mark it checked. What changed:</source>
        <translation>Den finska texten har ändrats sedan översättningen gjordes. Översättningen skrivs inte ut förrän du uppdaterar den eller markerar den som kontrollerad. Detta ändrades:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Recipient {row}: {problem}</source>
        <translation>Mottagare {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/server_connect.py" line="+46"/>
        <source>Connect to the office server</source>
        <translation>Anslut till kontorets server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register is on the office&apos;s server. Give its address as the main user or the server&apos;s administrator tells it. Kirjuri then shows the fingerprint of the server&apos;s certificate: compare it with the one they give you, character by character, before you connect. It makes sure this workstation talks to your own server and no other.</source>
        <translation>Registret finns på kontorets server. Ange serverns adress så som huvudanvändaren eller serverns administratör uppger den. Kirjuri visar sedan fingeravtrycket för serverns certifikat: jämför det tecken för tecken med det de ger dig innan du ansluter. Så säkerställs att den här arbetsstationen talar med er egen server och ingen annan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example palvelin.toimisto.local</source>
        <translation>till exempel server.kontoret.local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the fingerprint</source>
        <translation>Visa fingeravtrycket</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AB:CD:… (64 characters)</source>
        <translation>AB:CD:… (64 tecken)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the server&apos;s certificate (SHA-256)</source>
        <translation>Fingeravtryck för serverns certifikat (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint the main user gave you</source>
        <translation>Fingeravtrycket från huvudanvändaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type or paste the fingerprint the main user gave you.</source>
        <translation>Skriv eller klistra in fingeravtrycket som huvudanvändaren gav dig.</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <location filename="../desktop/ui/admin/server_tab.py" line="+53"/>
        <source>Server address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server administrator</source>
        <translation>Serverns administratör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s password</source>
        <translation>Administratörens lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the server…</source>
        <translation>Flytta till servern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export into a file…</source>
        <translation>Exportera till en fil…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This register is on the office server. You can export it into a new register file, so the office is never tied to the server.</source>
        <translation>Det här registret finns på kontorets server. Du kan exportera det till en ny registerfil, så att kontoret aldrig är bundet till servern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register is a file on this computer. Moving it to the office&apos;s PostgreSQL server copies everything into an empty database there, checks the copy and keeps this file read-only.</source>
        <translation>Det här registret är en fil på den här datorn. En flytt till kontorets PostgreSQL-server kopierar allt till en tom databas där, kontrollerar kopian och behåller den här filen skrivskyddad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%p % — {table}</source>
        <translation>%p % — {table}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the server&apos;s address first.</source>
        <translation>Ange först serverns adress.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the whole register to {url}? The database there must be empty. This file is kept, but only for reading.</source>
        <translation>Flytta hela registret till {url}? Databasen där måste vara tom. Den här filen sparas, men endast för läsning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moved: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</source>
        <translation>Flyttat: {rows} rader, {files} arkiverade PDF-filer och bilagor, {entries} poster i händelseloggen på {seconds} s. Varje antal, varje SHA-256-kontrollsumma och loggkedjan stämde. Registret på servern öppnas med nyckelfilen {keys}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the register into a file</source>
        <translation>Exportera registret till en fil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported into {path}: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Exporterat till {path}: {rows} rader, {files} arkiverade PDF-filer och bilagor, {entries} poster i händelseloggen på {seconds} s. Varje antal, varje SHA-256-kontrollsumma och loggkedjan stämde.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../desktop/core/settings.py" line="+123"/>
        <source>Lock automatically after this many idle minutes</source>
        <translation>Lås automatiskt efter så här många minuter utan aktivitet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow users to be remembered on this computer</source>
        <translation>Tillåt att användare blir ihågkomna på den här datorn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own customer fields (one per line)</source>
        <translation>Egna kundfält (ett per rad)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep personal identity codes (shown masked)</source>
        <translation>Spara personbeteckningar (visas maskerade)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups to keep on each drive</source>
        <translation>Antal säkerhetskopior som sparas per enhet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind to back up after this many days</source>
        <translation>Påminn om säkerhetskopiering efter så här många dagar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup</source>
        <translation>Senaste säkerhetskopian</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days between the notice and lifting a restriction</source>
        <translation>Dagar mellan meddelandet och upphävandet av en begränsning</translation>
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
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only if the business really needs them, for example for credit. Codes are checked and shown masked (131052-****).</source>
        <translation>Bara om företaget verkligen behöver dem, till exempel för kredit. Beteckningarna kontrolleras och visas maskerade (131052-****).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example:
Hobby
Shoe size</source>
        <translation>Till exempel:
Hobby
Skostorlek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The settings were saved.</source>
        <translation>Inställningarna sparades.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Save settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Ångra ändringarna</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The language of the login window and of users who have not chosen their own under File → Language.</source>
        <translation>Språket i inloggningsfönstret och för användare som inte har valt sitt eget under Arkiv → Språk.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language on this computer</source>
        <translation>Språk på den här datorn</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+36"/>
        <source>Create the register</source>
        <translation>Skapa registret</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/signature.py" line="+49"/>
        <source>My signature</source>
        <translation>Min underskrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name, title and scanned signature are printed in the signature block of the letters you sign. Scan your signature on white paper; a PNG or JPEG picture is fine.</source>
        <translation>Ditt namn, din titel och din skannade underskrift skrivs ut i underskriftsdelen av de brev du undertecknar. Skanna underskriften på vitt papper; en PNG- eller JPEG-bild går bra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Entrepreneur</source>
        <translation>t.ex. företagare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose picture…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove picture</source>
        <translation>Ta bort bild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No picture: the letters leave room to sign by hand.</source>
        <translation>Ingen bild: breven lämnar plats för en handskriven underskrift.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the signature picture</source>
        <translation>Välj bild på underskriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is not a picture Kirjuri can read. Use PNG or JPEG.</source>
        <translation>Filen är inte en bild som Kirjuri kan läsa. Använd PNG eller JPEG.</translation>
    </message>
</context>
<context>
    <name>SignatureTab</name>
    <message>
        <location filename="../desktop/ui/admin/signature_tab.py" line="+37"/>
        <source>Letters sent by email can carry the business&apos;s digital signature (PAdES). Choose the business&apos;s certificate file (.p12 or .pfx) and type its passphrase. The file is kept encrypted in the register; the passphrase is kept only in this computer&apos;s keyring.</source>
        <translation>Brev som skickas per e-post kan förses med företagets elektroniska underskrift (PAdES). Välj företagets certifikatfil (.p12 eller .pfx) och skriv dess lösenfras. Filen förvaras krypterad i registret; lösenfrasen förvaras endast i den här datorns nyckelring.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use this certificate</source>
        <translation>Använd certifikatet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the certificate</source>
        <translation>Ta bort certifikatet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate file</source>
        <translation>Certifikatfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Digital signatures are not offered on this computer: it has no secure keyring (the system&apos;s password store) to keep the certificate&apos;s passphrase, and Kirjuri never stores it anywhere else.</source>
        <translation>Elektroniska underskrifter erbjuds inte på den här datorn: den har ingen säker nyckelring (systemets lösenordsförvaring) för certifikatets lösenfras, och Kirjuri sparar den aldrig någon annanstans.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate in use: {subject}, issued by {issuer}, valid until {date}.</source>
        <translation>Certifikat i bruk: {subject}, utfärdat av {issuer}, giltigt till {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its passphrase is not on this computer: choose the file again to sign here.</source>
        <translation>Dess lösenfras finns inte på den här datorn: välj filen på nytt för att underteckna här.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificate has been chosen.</source>
        <translation>Inget certifikat har valts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate</source>
        <translation>Välj certifikatet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certifikat (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the certificate file first.</source>
        <translation>Välj först certifikatfilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file is too large to be a certificate.</source>
        <translation>Filen är för stor för att vara ett certifikat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read.</source>
        <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the certificate? Letters can no longer be signed digitally.</source>
        <translation>Ta bort certifikatet? Brev kan då inte längre undertecknas elektroniskt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../desktop/ui/statement/split_dialog.py" line="+25"/>
        <source>Split a section in two</source>
        <translation>Dela ett avsnitt i två</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{section}”: choose the paragraph the new section starts at. It and the paragraphs after it move to the new section, right after this one.</source>
        <translation>”{section}”: välj det stycke där det nya avsnittet börjar. Det och styckena efter det flyttas till det nya avsnittet, som kommer direkt efter detta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heading of the new section</source>
        <translation>Rubrik för det nya avsnittet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split</source>
        <translation>Dela</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heading of the new section:</source>
        <translation>Rubrik för det nya avsnittet:</translation>
    </message>
</context>
<context>
    <name>StaleDiff</name>
    <message>
        <location filename="../desktop/ui/statement/stale_diff.py" line="+40"/>
        <source>Finnish when this was translated</source>
        <translation>På finska vid översättningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish now</source>
        <translation>På finska nu</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not known: saved before Kirjuri kept the translated text.</source>
        <translation>Okänd: sparad innan Kirjuri började spara den översatta texten.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../desktop/core/handouts.py" line="+18"/>
        <source>Handed over</source>
        <translation>Överlämnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailed</source>
        <translation>Postad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emailed</source>
        <translation>Skickad per e-post</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/statement_handout.py" line="-114"/>
        <source>Privacy statement: not given yet</source>
        <translation>Dataskyddsbeskrivningen har inte getts ännu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>template</source>
        <translation>mall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy statement: version {version} ({language}), {how} {date}</source>
        <translation>Dataskyddsbeskrivning: version {version} ({language}), {how} {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/fields.py" line="+30"/>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business&apos;s name, business ID, address and contacts.</source>
        <translation>Företagets namn, FO-nummer, adress och kontaktuppgifter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers questions about the register, and how.</source>
        <translation>Vem som svarar på frågor om registret, och hur hen nås.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the business has appointed one; a sole trader usually has not.</source>
        <translation>Endast om företaget har utsett ett; en enskild näringsidkare har det vanligen inte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register name</source>
        <translation>Registrets namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Kahvila Aurinko: customer register.</source>
        <translation>Till exempel: Kahvila Aurinko: kundregister.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text under the title, before the sections.</source>
        <translation>Valfri text under rubriken, före de numrerade avsnitten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purposes of processing</source>
        <translation>Ändamål med behandlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the data is kept. One purpose per line.</source>
        <translation>Varför uppgifterna sparas. Ett ändamål per rad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal bases</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract, legal obligation, legitimate interest or consent, for what.</source>
        <translation>Avtal, rättslig förpliktelse, berättigat intresse eller samtycke – och för vad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data categories</source>
        <translation>Uppgiftskategorier</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement&apos;s own title; leave empty for the standard one.</source>
        <translation>Beskrivningens egen rubrik; lämna tom för standardrubriken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date line</source>
        <translation>Datumrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example &quot;Laadittu 6.11.2017, päivitetty 25.5.2018&quot;; leave empty for the date and number of the saved version.</source>
        <translation>Till exempel &quot;Upprättad 6.11.2017, uppdaterad 25.5.2018&quot;; lämna tom för den sparade versionens datum och nummer.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What the register holds. Start a line with &quot;-&quot; for a list item, &quot;1.&quot; for a numbered one, &quot;## &quot; for a sub-heading; **bold**, [text](https://address) for a link.</source>
        <translation>Vad registret innehåller. Börja en rad med &quot;-&quot; för en punkt i en lista, &quot;1.&quot; för en numrerad punkt och &quot;## &quot; för en underrubrik; **fetstil**, [text](https://adress) för en länk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular sources</source>
        <translation>Regelbundna uppgiftskällor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data comes from.</source>
        <translation>Varifrån uppgifterna kommer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients and processors</source>
        <translation>Mottagare och personuppgiftsbiträden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text before the table. The table lists everyone the data goes to; give the country as a two-letter code (FI, SE, US).</source>
        <translation>Valfri text före tabellen. Tabellen listar alla som uppgifterna lämnas till; ange landet med en tvåbokstavskod (FI, SE, US).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Överföringar utanför EU/EES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether data leaves the EU/EEA, and on what safeguard.</source>
        <translation>Om uppgifter överförs utanför EU/EES, och med vilka skyddsåtgärder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long each kind of data is kept. One line per kind.</source>
        <translation>Hur länge varje slags uppgifter sparas. En rad per slag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security: electronic material</source>
        <translation>Skydd: elektroniskt material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the register and its backups are protected.</source>
        <translation>Hur registret och dess säkerhetskopior skyddas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security: manual material</source>
        <translation>Skydd: manuellt material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How paper documents are kept and destroyed.</source>
        <translation>Hur pappershandlingar förvaras och förstörs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cookies and analytics</source>
        <translation>Kakor och analys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web site&apos;s cookies and visitor analytics; leave empty if none.</source>
        <translation>Webbplatsens kakor och besöksanalys; lämna tomt om sådana saknas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automated decisions and profiling</source>
        <translation>Automatiserade beslut och profilering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether decisions are made by machine alone (Art. 22).</source>
        <translation>Om beslut fattas enbart automatiskt (artikel 22).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rights of the data subject</source>
        <translation>Den registrerades rättigheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access, rectification, erasure, restriction, objection…</source>
        <translation>Tillgång, rättelse, radering, begränsning, invändning…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to use the rights</source>
        <translation>Hur rättigheterna utövas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In writing and signed by hand, or in person at the address.</source>
        <translation>Skriftligen och egenhändigt undertecknat, eller personligen på adressen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/output.py" line="+65"/>
        <source>Preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as web page…</source>
        <translation>Spara som webbsida…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published statements…</source>
        <translation>Publicerade beskrivningar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every statement printed or saved, to open or save again</source>
        <translation>Varje utskriven eller sparad beskrivning, att öppna eller spara igen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the statement (Ctrl+P)</source>
        <translation>Skriv ut beskrivningen (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Privacy statement in:</source>
        <translation>Beskrivningens språk:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check these before the statement is published:

{warnings}</source>
        <translation>Kontrollera detta innan beskrivningen publiceras:

{warnings}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish anyway</source>
        <translation>Publicera ändå</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Privacy statement</source>
        <translation>Dataskyddsbeskrivning</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The privacy statement was saved as {path}.</source>
        <translation>Dataskyddsbeskrivningen sparades som {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/statement_sections.py" line="+35"/>
        <source>The last section has no section after it to merge with.</source>
        <translation>Efter det sista avsnittet finns inget avsnitt att slå ihop det med.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipients section holds the recipients table and cannot be merged with another section. Move the text by hand instead.</source>
        <translation>Avsnittet om mottagare innehåller mottagartabellen och kan inte slås ihop med ett annat avsnitt. Flytta texten för hand i stället.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next section is one the statement must have on its own (the letters quote it), so it cannot be merged into this one. Merge a section of your own into it instead, or give it a heading of your own.</source>
        <translation>Nästa avsnitt är ett som beskrivningen måste ha som eget avsnitt (breven citerar det), så det kan inte slås ihop med detta. Slå i stället ihop ett eget avsnitt med det, eller ge det en egen rubrik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a paragraph after the first one: the new section starts there and both parts keep some text.</source>
        <translation>Välj ett stycke efter det första: det nya avsnittet börjar där och båda delarna behåller text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the new section a heading.</source>
        <translation>Ge det nya avsnittet en rubrik.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../desktop/ui/requests/statement_dialog.py" line="+42"/>
        <source>Record a supplementary statement</source>
        <translation>Registrera ett kompletterande utlåtande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person may complete data they hold incomplete or wrong with a statement of their own (GDPR Art. 16). It is kept with the customer, shown with their data and included in every access reply. Write it as the person gave it.</source>
        <translation>Personen kan komplettera uppgifter som hen anser ofullständiga eller felaktiga med ett eget utlåtande (artikel 16 i dataskyddsförordningen). Det sparas hos kunden, visas med uppgifterna och tas med i varje svar på en begäran om tillgång. Skriv det så som personen gav det.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data in general</source>
        <translation>Uppgifterna i allmänhet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Utlåtande</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="-182"/>
        <source>The file&apos;s sections are now the Swedish texts of the Finnish sections, in order. Check them beside the Finnish, then save.</source>
        <translation>Filens avsnitt är nu de svenska texterna till de finska avsnitten, i ordning. Granska dem bredvid de finska och spara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s sections are now the English texts of the Finnish sections, in order. Check them beside the Finnish, then save.</source>
        <translation>Filens avsnitt är nu de engelska texterna till de finska avsnitten, i ordning. Granska dem bredvid de finska och spara.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>The statement was imported. Check each section and its topic, then save; the Swedish and English texts are to be written anew.</source>
        <translation>Beskrivningen importerades. Granska varje avsnitt och dess ämne och spara; de svenska och engelska texterna ska skrivas på nytt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/page.py" line="+176"/>
        <source>Template (not saved yet)</source>
        <translation>Mall (inte sparad ännu)</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{version} — updated {date} by {user}</source>
        <translation>{version} – uppdaterad {date} av {user}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are looking at version {version} of {date}. It cannot be changed; choose the newest version to edit.</source>
        <translation>Du tittar på version {version} från {date}. Den kan inte ändras; välj den senaste versionen för att redigera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the template for a sole trader&apos;s customer register. Check every section, change what does not fit your business, and save.</source>
        <translation>Det här är mallen för en enskild näringsidkares kundregister. Gå igenom varje avsnitt, ändra det som inte passar ditt företag och spara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the main user can change the register description.</source>
        <translation>Endast huvudanvändaren kan ändra registerbeskrivningen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your changes to the description are not saved. Look at the other version and lose them?</source>
        <translation>Dina ändringar i beskrivningen är inte sparade. Vill du gå till den andra versionen och förlora dem?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lose the changes</source>
        <translation>Förlora ändringarna</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The section is empty: remove it instead.</source>
        <translation>Avsnittet är tomt: ta hellre bort det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge “{first}” with the next section, “{second}”? The text of “{second}” goes to the end of “{first}” and its heading is dropped. The Swedish and English texts of the merged section are marked out of date until you check them. Nothing is kept until you save.</source>
        <translation>Slå ihop ”{first}” med nästa avsnitt, ”{second}”? Texten i ”{second}” flyttas till slutet av ”{first}” och dess rubrik faller bort. De svenska och engelska texterna i det sammanslagna avsnittet markeras som inaktuella tills du kontrollerar dem. Ingenting sparas förrän du sparar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sections were merged. Check the text, then save.</source>
        <translation>Avsnitten slogs ihop. Kontrollera texten och spara.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The section has only one paragraph: there is nothing to split.</source>
        <translation>Avsnittet har bara ett stycke: det finns inget att dela.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The section was split in two. Check both parts, then save.</source>
        <translation>Avsnittet delades i två. Kontrollera båda delarna och spara.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="+6"/>
        <source>Saved as the first version, it keeps the date written in it: {date}.</source>
        <translation>Sparad som första version behåller den datumet som står i den: {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/page.py" line="+96"/>
        <source>The register description was saved as version {version}.</source>
        <translation>Registerbeskrivningen sparades som version {version}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The description was not saved. Correct the fields marked below.</source>
        <translation>Beskrivningen sparades inte. Rätta de fält som markerats nedan.</translation>
    </message>
</context>
<context>
    <name>StatementsNote</name>
    <message>
        <location filename="../desktop/ui/customers/statements.py" line="+41"/>
        <source>the data in general</source>
        <translation>uppgifterna i allmänhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}, on {field}: “{text}” (request {diary})</source>
        <translation>{date}, gäller {field}: ”{text}” (begäran {diary})</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more (hold the pointer here to read them all)</source>
        <translation>
            <numerusform>… och %n till (håll pekaren här för att läsa alla)</numerusform>
            <numerusform>… och %n till (håll pekaren här för att läsa alla)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplementary statement by the customer (GDPR Art. 16):</source>
        <translation>Kundens kompletterande utlåtande (artikel 16 i dataskyddsförordningen):</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-100"/>
        <source>Copy all</source>
        <translation>Kopiera allt</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../desktop/ui/statement/top_bar.py" line="+26"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves a new version (Ctrl+S)</source>
        <translation>Sparar en ny version (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a statement…</source>
        <translation>Importera en beskrivning…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in the statement you already have: .docx, .odt, .html, .pdf or .txt</source>
        <translation>Ta in den beskrivning du redan har: .docx, .odt, .html, .pdf eller .txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a statement…</source>
        <translation>Klistra in en beskrivning…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the texts:</source>
        <translation>Texternas språk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
</context>
<context>
    <name>TranslationBar</name>
    <message>
        <location filename="../desktop/ui/statement/translation_bar.py" line="+28"/>
        <source>Mark all as checked</source>
        <translation>Markera alla som granskade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this only after reading each translation against the Finnish text: they are then taken as up to date.</source>
        <translation>Använd detta först när du har läst varje översättning mot den finska texten: de räknas sedan som aktuella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear out-of-date translations</source>
        <translation>Töm inaktuella översättningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print such sections in Finnish</source>
        <translation>Skriv ut sådana avsnitt på finska</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print sections without an up-to-date translation in Finnish in the Swedish and English statements (marked as Finnish)</source>
        <translation>Skriv ut avsnitt utan aktuell översättning på finska i den svenska och engelska beskrivningen (märkta som finska)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{language}: {stale} out of date, {missing} untranslated</source>
        <translation>{language}: {stale} inaktuella, {missing} oöversatta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out-of-date and untranslated sections are not printed in that language: the statement is refused, or the section is printed in Finnish if you choose so below. {list}</source>
        <translation>Inaktuella och oöversatta avsnitt skrivs inte ut på det språket: beskrivningen görs inte, eller avsnittet skrivs ut på finska om du väljer det nedan. {list}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="-176"/>
        <source>Open the backup</source>
        <translation>Öppna säkerhetskopian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring replaces the whole register, so a main user&apos;s password from the time of the backup, or the recovery key, is needed.</source>
        <translation>Återställningen ersätter hela registret, så det behövs en huvudanvändares lösenord från när säkerhetskopian gjordes, eller återställningsnyckeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A main user&apos;s password</source>
        <translation>En huvudanvändares lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key</source>
        <translation>Återställningsnyckeln</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the password.</source>
        <translation>Skriv lösenordet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the recovery key.</source>
        <translation>Skriv återställningsnyckeln.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/ui/admin/user_dialog.py" line="-86"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Redigera användare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First password</source>
        <translation>Första lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the person their first password; they can change it.</source>
        <translation>Berätta det första lösenordet för personen. Personen kan själv byta det.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../desktop/ui/models/users_model.py" line="+19"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Lösenordet bytt</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../desktop/ui/admin/users_tab.py" line="+38"/>
        <source>Add user…</source>
        <translation>Lägg till användare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password…</source>
        <translation>Nytt lösenord…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New recovery key…</source>
        <translation>Ny återställningsnyckel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the recovery sheet in the safe is lost or someone may have seen it.</source>
        <translation>När återställningsbladet i kassaskåpet har kommit bort eller någon annan kan ha sett det.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Remove {name} from the register? They can no longer log in. Their name stays in the audit log.</source>
        <translation>Vill du ta bort {name} från registret? Personen kan inte längre logga in. Namnet finns kvar i händelseloggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove user</source>
        <translation>Ta bort användare</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/core/passwords.py" line="+9"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>Lösenordet måste ha minst {minimum} tecken.</translation>
    </message>
    <message>
        <location filename="../desktop/core/validation.py" line="+36"/>
        <source>This field is required.</source>
        <translation>Fältet är obligatoriskt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the business ID (Y-tunnus).</source>
        <translation>Ange FO-numret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid business ID. It has the form 1572860-0 and its check digit must match.</source>
        <translation>Det här är inte ett giltigt FO-nummer. Det har formen 1572860-0 och kontrollsiffran måste stämma.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter an email address.</source>
        <translation>Ange en e-postadress.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid email address (for example name@example.fi).</source>
        <translation>Det här är inte en giltig e-postadress (till exempel namn@example.fi).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a phone number.</source>
        <translation>Ange ett telefonnummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a valid phone number (for example 040 123 4567).</source>
        <translation>Det här är inte ett giltigt telefonnummer (till exempel 040 123 4567).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the postal code.</source>
        <translation>Ange postnumret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Finnish postal code has five digits.</source>
        <translation>Ett finländskt postnummer har fem siffror.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A user name has 2–32 characters: letters a–z, digits, dot, dash or underscore.</source>
        <translation>Ett användarnamn har 2–32 tecken: bokstäverna a–z, siffror, punkt, bindestreck eller understreck.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the control characters (a line break, tab, NUL, ESC or the like) from this field.</source>
        <translation>Ta bort styrtecknen (radbrytning, tabb, NUL, ESC eller liknande) ur fältet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the control characters (NUL, ESC or the like) from this text. Line breaks and tabs are allowed.</source>
        <translation>Ta bort styrtecknen (NUL, ESC eller liknande) ur texten. Radbrytningar och tabbar är tillåtna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most 10 characters.</source>
        <translation>Det här är för långt: högst 10 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 60 characters.</source>
        <translation>Det här är för långt: högst 60 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 100 characters.</source>
        <translation>Det här är för långt: högst 100 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 200 characters.</source>
        <translation>Det här är för långt: högst 200 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 300 characters.</source>
        <translation>Det här är för långt: högst 300 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 30 000 characters.</source>
        <translation>Det här är för långt: högst 30 000 tecken.</translation>
    </message>
    <message>
        <location filename="../desktop/core/customer_form.py" line="+19"/>
        <source>Enter a first or last name, or the organisation&apos;s name.</source>
        <translation>Ange ett förnamn eller efternamn, eller organisationens namn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date as d.m.yyyy, for example 24.11.2026.</source>
        <translation>Ange datumet som d.m.åååå, till exempel 24.11.2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the country as a two-letter code, for example FI or SE.</source>
        <translation>Skriv landet som en kod med två bokstäver, till exempel FI eller SE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a web address such as www.example.fi or https://example.fi.</source>
        <translation>Ange en webbadress, till exempel www.example.fi eller https://example.fi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/consents.py" line="+32"/>
        <source>The decision date cannot be in the future.</source>
        <translation>Beslutsdatumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <location filename="../desktop/core/identity_code.py" line="+15"/>
        <source>This is not a valid personal identity code. It has the form 131052-308T and its check character must match.</source>
        <translation>Det här är inte en giltig personbeteckning. Den har formen 131052-308T och kontrolltecknet måste stämma.</translation>
    </message>
    <message>
        <location filename="../desktop/core/order_form.py" line="+19"/>
        <source>Enter the order date, for example 24.11.2026.</source>
        <translation>Ange beställningsdatumet, till exempel 24.11.2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount in euros, for example 12,50.</source>
        <translation>Ange beloppet i euro, till exempel 12,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount in euros with at most two decimals, for example 12,50 or 1 234,50.</source>
        <translation>Ange beloppet i euro med högst två decimaler, till exempel 12,50 eller 1 234,50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The financial period cannot end before the order date.</source>
        <translation>Räkenskapsperioden kan inte sluta före beställningsdatumet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice number can have at most 40 characters.</source>
        <translation>Fakturanumret får ha högst 40 tecken.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="-126"/>
        <source>Unknown language. Write Finnish, Swedish or English (or fi, sv, en).</source>
        <translation>Okänt språk. Skriv finska, svenska eller engelska (eller fi, sv, en).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown customer status. Write active, prospect or ended.</source>
        <translation>Okänd kundstatus. Skriv aktiv, prospect eller avslutad.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/consents.py" line="+36"/>
        <source>Choose one of the listed values.</source>
        <translation>Välj ett av värdena i listan.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/contact_history.py" line="-6"/>
        <source>Choose how the contact was made.</source>
        <translation>Välj hur kontakten togs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter at most 200 characters.</source>
        <translation>Skriv högst 200 tecken.</translation>
    </message>
    <message>
        <location filename="../desktop/services/requests/log.py" line="-25"/>
        <source>Choose at least one kind of request.</source>
        <translation>Välj minst en typ av begäran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer, or write the name of the person who asked.</source>
        <translation>Välj kunden eller skriv namnet på den som frågade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date received cannot be in the future.</source>
        <translation>Mottagningsdagen kan inte vara i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter tells them.</source>
        <translation>Skriv vad som ger rimliga skäl att betvivla den begärandes identitet (artikel 12.6): brevet meddelar personen det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the reason.</source>
        <translation>Skriv motiveringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how the identity was checked.</source>
        <translation>Välj hur identiteten kontrollerades.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/base.py" line="-45"/>
        <source>Choose at least one kind of processing.</source>
        <translation>Välj minst en typ av behandling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field cannot be changed through a request.</source>
        <translation>Detta fält kan inte ändras genom en begäran.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="-81"/>
        <source>Enter the time as h.mm, for example 9.30.</source>
        <translation>Skriv tiden som t.mm, till exempel 9.30.</translation>
    </message>
    <message>
        <location filename="../desktop/core/description_validation.py" line="+59"/>
        <source>This is needed in the privacy statement.</source>
        <translation>Det här behövs i dataskyddsbeskrivningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the recipient&apos;s name.</source>
        <translation>Ange mottagarens namn.</translation>
    </message>
    <message>
        <location filename="../desktop/core/disclosures.py" line="+5"/>
        <source>Name the recipient.</source>
        <translation>Ange mottagarens namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s name is too long.</source>
        <translation>Mottagarens namn är för långt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which data was disclosed.</source>
        <translation>Ange vilka uppgifter som lämnades ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disclosure cannot be dated in the future.</source>
        <translation>Ett utlämnande kan inte dateras i framtiden.</translation>
    </message>
    <message>
        <location filename="../desktop/core/description_validation.py" line="+1"/>
        <location filename="../desktop/core/disclosures.py" line="+1"/>
        <source>Give the country as its two-letter code, for example FI, SE or US.</source>
        <translation>Ange landet med en tvåbokstavskod, till exempel FI, SE eller US.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what the recipient does with the data.</source>
        <translation>Ange vad mottagaren gör med uppgifterna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country is outside the EU/EEA: name the transfer safeguard (adequacy decision, standard contractual clauses, ...).</source>
        <translation>Landet ligger utanför EU/EES: ange skyddsåtgärden för överföringen (beslut om adekvat skyddsnivå, standardavtalsklausuler osv.).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the section a heading.</source>
        <translation>Ge avsnittet en rubrik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the section&apos;s text, or remove the section.</source>
        <translation>Skriv avsnittets text, eller ta bort avsnittet.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/handouts.py" line="+22"/>
        <source>The date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../desktop/services/disclosures/log.py" line="+31"/>
        <location filename="../desktop/services/statement/handouts.py" line="+1"/>
        <source>The customer is no longer in the register.</source>
        <translation>Kunden finns inte längre i registret.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/rows.py" line="+17"/>
        <source>The letter has no text.</source>
        <translation>Brevet har ingen text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the recipient&apos;s name and address.</source>
        <translation>Skriv mottagarens namn och adress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address may have at most five rows, or the envelope window hides a part of it. Join the street rows or leave out the c/o row.</source>
        <translation>Adressen får ha högst fem rader, annars döljs en del av den av kuvertfönstret. Slå ihop gatuadressens rader eller utelämna c/o-raden.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/sending.py" line="-10"/>
        <source>Write the tracking number of the registered letter.</source>
        <translation>Skriv det rekommenderade brevets försändelsenummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date sent cannot be in the future.</source>
        <translation>Datumet då brevet skickades kan inte vara i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter cannot have been sent before it was signed.</source>
        <translation>Brevet kan inte ha skickats innan det undertecknades.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/signatures.py" line="+17"/>
        <source>The signature image is too large: use a picture under 2 MB.</source>
        <translation>Bilden på underskriften är för stor: använd en bild under 2 MB.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="-18"/>
        <source>A cell of this row holds more than 32 767 characters, so the row was not read.</source>
        <translation>En cell på den här raden innehåller över 32 767 tecken, så raden lästes inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quotation mark on this row is not closed, so the row could not be told apart from the rows after it. Check the row in the file; the rows after it were read on their own.</source>
        <translation>Ett citattecken på den här raden är inte stängt, så raden gick inte att skilja från raderna efter den. Kontrollera raden i filen; raderna efter den lästes var för sig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This row could not be read. Check it in the file and import it again.</source>
        <translation>Raden kunde inte läsas. Kontrollera den i filen och importera den på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact card could not be read. The other cards were read; check this one in the program that made the file.</source>
        <translation>Kontaktkortet kunde inte läsas. De andra korten lästes; kontrollera det här kortet i programmet som gjorde filen.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/decisions.py" line="-32"/>
        <source>Write the reasons: a decision that does not give all that was asked must state them (Art. 12(4)).</source>
        <translation>Skriv motiveringen: ett beslut som inte ger allt som begärdes ska motiveras (artikel 12.4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the purpose of the processing that continues (Art. 21(1)).</source>
        <translation>Ange ändamålet med den behandling som fortsätter (artikel 21.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why the request is handled without a checked identity.</source>
        <translation>Skriv varför begäran behandlas utan kontrollerad identitet.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/statements.py" line="+24"/>
        <source>Write the statement as the person gave it.</source>
        <translation>Skriv utlåtandet så som personen gav det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement is too long to keep as text; attach it as a file instead.</source>
        <translation>Utlåtandet är för långt för att sparas som text; bifoga det som en fil i stället.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date it was received cannot be later.</source>
        <translation>Mottagningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplementary statement completes data after a rectification request; this request does not ask for rectification.</source>
        <translation>Ett kompletterande utlåtande kompletterar uppgifter efter en begäran om rättelse; denna begäran gäller inte rättelse.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="-251"/>
        <source>Welcome to Kirjuri</source>
        <translation>Välkommen till Kirjuri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kirjuri keeps your customer register and your data-protection requests the way the law expects.

First we create the register. It is encrypted on this computer: nobody can read it without a password. You will need:
  • your business&apos;s name and business ID (Y-tunnus)
  • a user name and a password of at least 10 characters for yourself
  • a pen and paper, or a printer, for the recovery key.</source>
        <translation>Kirjuri för ditt kundregister och dina dataskyddsbegäranden så som lagen kräver.

Först skapar vi registret. Det sparas krypterat på den här datorn: ingen kan läsa det utan lösenord. Du behöver:
  • företagets namn och FO-nummer
  • ett användarnamn och ett lösenord på minst 10 tecken för dig själv
  • penna och papper, eller en skrivare, för återställningsnyckeln.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Just looking? Try Kirjuri first with a demo register of made-up customers. It is kept apart from your own register. Its user is {username} and its password {password}.</source>
        <translation>Vill du bara titta? Prova Kirjuri först med ett demoregister med påhittade kunder. Det hålls åtskilt från ditt eget register. Användarnamnet är {username} och lösenordet {password}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try Kirjuri with demo data</source>
        <translation>Prova Kirjuri med demodata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moving to a new computer, or the old one broke? Restore the register from a backup drive instead of creating a new one.</source>
        <translation>Byter du dator, eller gick den gamla sönder? Återställ registret från en säkerhetskopia i stället för att skapa ett nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from a backup…</source>
        <translation>Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does your office keep the register on its server? Connect this workstation to it instead.</source>
        <translation>Finns kontorets register på en server? Anslut den här arbetsstationen till den i stället.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office server…</source>
        <translation>Kontorets server…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="-63"/>
        <source>Import an existing statement</source>
        <translation>Importera en befintlig beskrivning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements (*.docx *.odt *.html *.htm *.pdf *.txt);;All files (*)</source>
        <translation>Beskrivningar (*.docx *.odt *.html *.htm *.pdf *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste an existing statement</source>
        <translation>Klistra in en befintlig beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole statement, headings and all:</source>
        <translation>Hela beskrivningen med rubriker:</translation>
    </message>
</context>
</TS>
