<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/about.py" line="+17"/>
        <source>About Kirjuri</source>
        <translation>About Kirjuri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kirjuri keeps a small business&apos;s customer register and its data-protection requests as the EU General Data Protection Regulation and the Finnish Data Protection Act expect: encrypted, with personal logins and an audit log.</source>
        <translation>Kirjuri keeps a small business&apos;s customer register and its data-protection requests as the EU General Data Protection Regulation and the Finnish Data Protection Act expect: encrypted, with personal logins and an audit log.</translation>
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
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due for erasure</source>
        <translation>Due for erasure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office server</source>
        <translation>Office server</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/app.py" line="+85"/>
        <source>The register was updated for this version of Kirjuri. A copy of it as it was before is kept at {path}.</source>
        <translation>The register was updated for this version of Kirjuri. A copy of it as it was before is kept at {path}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The last restore of a backup was interrupted before it was finished. Kirjuri finished it now: the register is the restored backup. The register as it was before the restore is kept as a copy in the same folder.</source>
        <translation>The last restore of a backup was interrupted before it was finished. Kirjuri finished it now: the register is the restored backup. The register as it was before the restore is kept as a copy in the same folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last restore of a backup was interrupted and could not be finished. Kirjuri put the register back as it was before the restore; nothing was lost. You can restore the backup again.</source>
        <translation>The last restore of a backup was interrupted and could not be finished. Kirjuri put the register back as it was before the restore; nothing was lost. You can restore the backup again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A restore of a backup was interrupted, and files Kirjuri needs to finish or undo it are missing. The register opened as it is now. Check that customers and requests look right; if they do not, restore the backup again. The file {path} tells whoever helps you what happened.</source>
        <translation>A restore of a backup was interrupted, and files Kirjuri needs to finish or undo it are missing. The register opened as it is now. Check that customers and requests look right; if they do not, restore the backup again. The file {path} tells whoever helps you what happened.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../desktop/ui/customers/attachments_tab.py" line="+52"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+44"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+0"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+80"/>
        <location filename="../desktop/ui/requests/attachments.py" line="+14"/>
        <location line="+77"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+8"/>
        <source>Add an attachment</source>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.txt)</source>
        <translation>Documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.webp *.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description (optional)</source>
        <translation>Description (optional)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No program was found to open {name}.</source>
        <translation>No program was found to open {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/ui/requests/attachments.py" line="-3"/>
        <source>Delete the attachment {name}? It cannot be restored.</source>
        <translation>Delete the attachment {name}? It cannot be restored.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/requests/attachments.py" line="-88"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach the scanned original…</source>
        <translation>Attach the scanned original…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an ID copy…</source>
        <translation>Attach an ID copy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if a copy had to be taken. It is deleted when the request closes.</source>
        <translation>Only if a copy had to be taken. It is deleted when the request closes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies of identity documents are deleted when the request closes; the scanned original is kept with the request.</source>
        <translation>Copies of identity documents are deleted when the request closes; the scanned original is kept with the request.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ID copy — will be deleted when the request closes</source>
        <translation>ID copy — will be deleted when the request closes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned original</source>
        <translation>Scanned original</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach an ID copy</source>
        <translation>Attach an ID copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and documents</source>
        <translation>Scans and documents</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/admin/audit_tab.py" line="+230"/>
        <source>Who has viewed this customer</source>
        <translation>Who has viewed this customer</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../desktop/ui/models/audit_names.py" line="+30"/>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned signature</source>
        <translation>Scanned signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person for data protection</source>
        <translation>Contact person for data protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s email</source>
        <translation>Contact person&apos;s email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Contact person&apos;s phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a web site</source>
        <translation>Has a web site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds of request</source>
        <translation>Kinds of request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of an identity document</source>
        <translation>Copy of an identity document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description handed out</source>
        <translation>Register description handed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of contact</source>
        <translation>Time of contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the financial period</source>
        <translation>End of the financial period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional sections</source>
        <translation>Additional sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics of merged sections</source>
        <translation>Topics of merged sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-date translations printed in Finnish</source>
        <translation>Out-of-date translations printed in Finnish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finnish text translated</source>
        <translation>Finnish text translated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish text a translation was made from</source>
        <translation>Finnish text a translation was made from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of processing</source>
        <translation>Purpose of processing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field concerned</source>
        <translation>Field concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplementary statement</source>
        <translation>Supplementary statement</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../desktop/ui/models/audit_model.py" line="+18"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer {number}</source>
        <translation>Customer {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (erased)</source>
        <translation>Customer (erased)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention rules changed</source>
        <translation>Retention rules changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure batch (retention)</source>
        <translation>Erasure batch (retention)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased (retention ended)</source>
        <translation>Erased (retention ended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised (retention ended)</source>
        <translation>Anonymised (retention ended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact deleted (retention ended)</source>
        <translation>Contact deleted (retention ended)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment deleted (retention ended)</source>
        <translation>Attachment deleted (retention ended)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order deleted (retention ended)</source>
        <translation>Order deleted (retention ended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased on request</source>
        <translation>Erased on request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised on request</source>
        <translation>Anonymised on request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers exported</source>
        <translation>Customers exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers imported</source>
        <translation>Customers imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address labels printed</source>
        <translation>Address labels printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register created</source>
        <translation>Register created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted restore put right on opening</source>
        <translation>Interrupted restore put right on opening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business details entered</source>
        <translation>Business details entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business details changed</source>
        <translation>Business details changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description saved</source>
        <translation>Register description saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy statement published</source>
        <translation>Privacy statement published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request logged</source>
        <translation>Request logged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request status changed</source>
        <translation>Request status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User changed</source>
        <translation>User changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User removed</source>
        <translation>User removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key made</source>
        <translation>New recovery key made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data extract made</source>
        <translation>Data extract made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s data printed</source>
        <translation>Customer&apos;s data printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified on request</source>
        <translation>Rectified on request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data added</source>
        <translation>Demo data added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register moved to the server</source>
        <translation>Register moved to the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register moved here from a file</source>
        <translation>Register moved here from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register exported to a file</source>
        <translation>Register exported to a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register exported here from the server</source>
        <translation>Register exported here from the server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter drafted</source>
        <translation>Letter drafted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft edited</source>
        <translation>Letter draft edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft discarded</source>
        <translation>Letter draft discarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter signed</source>
        <translation>Letter signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter printed</source>
        <translation>Letter printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter saved as PDF</source>
        <translation>Letter saved as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter marked as sent</source>
        <translation>Letter marked as sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF signed digitally</source>
        <translation>PDF signed digitally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy saved</source>
        <translation>Portable copy saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password letter printed</source>
        <translation>Password letter printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused</source>
        <translation>Rectification refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register restored from a backup</source>
        <translation>Register restored from a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached to a request</source>
        <translation>File attached to a request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request attachment opened</source>
        <translation>Request attachment opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request attachment deleted</source>
        <translation>Request attachment deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request closed: copies removed</source>
        <translation>Request closed: copies removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request deadline extended</source>
        <translation>Request deadline extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s identity checked</source>
        <translation>Requester&apos;s identity checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned signature saved</source>
        <translation>Scanned signature saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate set</source>
        <translation>Signing certificate set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate removed</source>
        <translation>Signing certificate removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description handed out</source>
        <translation>Register description handed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log does not match its anchor (possible tampering)</source>
        <translation>Audit log does not match its anchor (possible tampering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login refused: user changed outside Kirjuri</source>
        <translation>Login refused: user changed outside Kirjuri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main users&apos; signing key made</source>
        <translation>Main users&apos; signing key made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure recorded</source>
        <translation>Disclosure recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check overridden by the main user</source>
        <translation>Identity check overridden by the main user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifting of a restriction planned</source>
        <translation>Lifting of a restriction planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Processing prohibited (objection upheld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplementary statement recorded (Art. 16)</source>
        <translation>Supplementary statement recorded (Art. 16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests erased (retention ended)</source>
        <translation>Closed requests erased (retention ended)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description</source>
        <translation>Register description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
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
        <translation>Audit log</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action code</source>
        <translation>Action code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log names who did what and which fields changed, never the values.</source>
        <translation>The log names who did what and which fields changed, never the values.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The log is intact: all %n entries check out against their hashes.</source>
        <translation>
            <numerusform>The log is intact: its %n entry checks out against its hash.</numerusform>
            <numerusform>The log is intact: all %n entries check out against their hashes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log has been changed outside Kirjuri: the chain breaks at entry {entry}. Entries before it check out ({count}). Keep the backups and find out who had access to the register file.</source>
        <translation>The log has been changed outside Kirjuri: the chain breaks at entry {entry}. Entries before it check out ({count}). Keep the backups and find out who had access to the register file.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customer has this number.</source>
        <translation>No customer has this number.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit-log.csv</source>
        <translation>audit-log.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entries were written to {path}.</source>
        <translation>
            <numerusform>%n entry was written to {path}.</numerusform>
            <numerusform>%n entries were written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../desktop/store/backup_format.py" line="+49"/>
        <source>This is not a Kirjuri backup (no manifest.json).</source>
        <translation>This is not a Kirjuri backup (no manifest.json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup&apos;s manifest is damaged or of another format.</source>
        <translation>The backup&apos;s manifest is damaged or of another format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was made by a newer version of Kirjuri (format {version}).</source>
        <translation>The backup was made by a newer version of Kirjuri (format {version}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} is missing from the backup.</source>
        <translation>The file {name} is missing from the backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is cut short: {size} of {expected} bytes.</source>
        <translation>The file {name} is cut short: {size} of {expected} bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} has the wrong size: {size} bytes, expected {expected}.</source>
        <translation>The file {name} has the wrong size: {size} bytes, expected {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} is damaged: its SHA-256 checksum differs from the manifest.</source>
        <translation>The file {name} is damaged: its SHA-256 checksum differs from the manifest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file in the backup cannot be read.</source>
        <translation>The key file in the backup cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file in the backup belongs to another register.</source>
        <translation>The key file in the backup belongs to another register.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database check {check} found a problem: {detail}</source>
        <translation>The database check {check} found a problem: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table {table} has {count} rows, the manifest says {expected}.</source>
        <translation>The table {table} has {count} rows, the manifest says {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database in the backup cannot be read: {detail}</source>
        <translation>The database in the backup cannot be read: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log in the backup does not end where the manifest says it did.</source>
        <translation>The audit log in the backup does not end where the manifest says it did.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../desktop/ui/backup/dialog.py" line="+55"/>
        <source>Back up the register</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is encrypted like the register: it opens only with a user&apos;s password or the recovery key. Keep the drive somewhere else than the computer.</source>
        <translation>The backup is encrypted like the register: it opens only with a user&apos;s password or the recovery key. Keep the drive somewhere else than the computer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No USB stick or other removable drive found. Plug one in or choose a folder.</source>
        <translation>No USB stick or other removable drive found. Plug one in or choose a folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drives</source>
        <translation>Drives</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the folder for the backup</source>
        <translation>Choose the folder for the backup</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a drive or a folder.</source>
        <translation>Choose a drive or a folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup goes to: {folder}</source>
        <translation>The backup goes to: {folder}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copying the register…</source>
        <translation>Copying the register…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the backup by reading it back…</source>
        <translation>Checking the backup by reading it back…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done. The backup was made and checked: {path}</source>
        <translation>Done. The backup was made and checked: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} older backup(s) were removed from the drive; the newest {keep} are kept.</source>
        <translation>{count} older backup(s) were removed from the drive; the newest {keep} are kept.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+128"/>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The business that keeps the register. It appears on letters and statements.</source>
        <translation>The business that keeps the register. It appears on letters and statements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Business ID (Y-tunnus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../desktop/ui/admin/business_tab.py" line="+28"/>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Business ID (Y-tunnus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/change_password.py" line="+27"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../desktop/core/statement_checklist.py" line="+39"/>
        <source>Who the controller is, and how to reach them</source>
        <translation>Who the controller is, and how to reach them</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data protection officer&apos;s contact details</source>
        <translation>The data protection officer&apos;s contact details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The purposes of processing</source>
        <translation>The purposes of processing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The legal basis of processing</source>
        <translation>The legal basis of processing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legitimate interests pursued</source>
        <translation>The legitimate interests pursued</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recipients of the data</source>
        <translation>The recipients of the data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Transfers outside the EU/EEA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long the data is kept</source>
        <translation>How long the data is kept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data subject&apos;s rights</source>
        <translation>The data subject&apos;s rights</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right to withdraw consent</source>
        <translation>The right to withdraw consent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The right to complain to the supervisory authority</source>
        <translation>The right to complain to the supervisory authority</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether giving the data is required by law or contract, and what follows if not</source>
        <translation>Whether giving the data is required by law or contract, and what follows if not</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automated decisions and profiling</source>
        <translation>Automated decisions and profiling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The categories of personal data</source>
        <translation>The categories of personal data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the data comes from</source>
        <translation>Where the data comes from</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cookies section is the template&apos;s text. Say whether the business has a web site and what it uses there, or empty the section.</source>
        <translation>The cookies section is the template&apos;s text. Say whether the business has a web site and what it uses there, or empty the section.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address where requests can be made in person has no street address: write it in &quot;How to use the rights&quot;.</source>
        <translation>The address where requests can be made in person has no street address: write it in &quot;How to use the rights&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact person is the business itself: name a person or a role, and how to reach them.</source>
        <translation>The contact person is the business itself: name a person or a role, and how to reach them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recipient is outside the EU/EEA ({countries}), but the statement says that no data is transferred there.</source>
        <translation>A recipient is outside the EU/EEA ({countries}), but the statement says that no data is transferred there.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analytics or tracking is named in &quot;{named}&quot;, but &quot;{denied}&quot; says there is none. Make the sections agree.</source>
        <translation>Analytics or tracking is named in &quot;{named}&quot;, but &quot;{denied}&quot; says there is none. Make the sections agree.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{section}&quot; keeps order, invoice or accounting data for {period}: less than the Accounting Act requires (vouchers 6 years, the books 10 years; KPL 2:10).</source>
        <translation>&quot;{section}&quot; keeps order, invoice or accounting data for {period}: less than the Accounting Act requires (vouchers 6 years, the books 10 years; KPL 2:10).</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../desktop/ui/statement/checklist_panel.py" line="+23"/>
        <location line="+24"/>
        <source>Art. 13 checklist</source>
        <translation>Art. 13 checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: {count}</source>
        <translation>warnings: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In: {sections}</source>
        <translation>In: {sections}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing from the statement</source>
        <translation>Missing from the statement</translation>
    </message>
</context>
<context>
    <name>ChooseBackupPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+71"/>
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups found on the drives are listed, newest first. Or choose a folder.</source>
        <translation>Backups found on the drives are listed, newest first. Or choose a folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backups found on the drives. Plug in the drive or choose the folder.</source>
        <translation>No backups found on the drives. Plug in the drive or choose the folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the folder of the backups</source>
        <translation>Choose the folder of the backups</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{time} · {customers} customers · {path}</source>
        <translation>{time} · {customers} customers · {path}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This backup cannot be used:</source>
        <translation>This backup cannot be used:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../desktop/cli/common.py" line="+36"/>
        <source>Created the register {path}</source>
        <translation>Created the register {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main user: {username}</source>
        <translation>Main user: {username}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/main.py" line="+53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema revision {revision}, {entries} audit entries, audit chain intact</source>
        <translation>schema revision {revision}, {entries} audit entries, audit chain intact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} problem(s) found in {path}</source>
        <translation>{count} problem(s) found in {path}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/common.py" line="-9"/>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again: </source>
        <translation>Password again: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {username}: </source>
        <translation>Password for {username}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error ({type}). Details are in the log file.</source>
        <translation>unexpected error ({type}). Details are in the log file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key (shown only this once):

    {key}

Print it or write it down and keep it in a safe. If every password is lost, it is the only
way into the register. Kirjuri does not keep a copy.</source>
        <translation>Recovery key (shown only this once):

    {key}

Print it or write it down and keep it in a safe. If every password is lost, it is the only
way into the register. Kirjuri does not keep a copy.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/demo.py" line="+26"/>
        <source>This is a demo register: the people in it are made up. Keep your own register apart.</source>
        <translation>This is a demo register: the people in it are made up. Keep your own register apart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data: {percent} % ({done} of {total} customers)</source>
        <translation>Demo data: {percent} % ({done} of {total} customers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {customers} made-up customers and {events} contact events to {path}</source>
        <translation>Added {customers} made-up customers and {events} contact events to {path}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup.py" line="+25"/>
        <source>Backup made and verified: {path}</source>
        <translation>Backup made and verified: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {count} older backup(s) from the drive to keep the newest {keep}.</source>
        <translation>Removed {count} older backup(s) from the drive to keep the newest {keep}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the backup of {time} is whole ({customers} customers; database checks passed)</source>
        <translation>OK: the backup of {time} is whole ({customers} customers; database checks passed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: the backup of {time} is whole as far as can be seen without a password (manifest, sizes and SHA-256 checksums). Give --password-stdin to check the database inside too.</source>
        <translation>OK: the backup of {time} is whole as far as can be seen without a password (manifest, sizes and SHA-256 checksums). Give --password-stdin to check the database inside too.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is not whole:</source>
        <translation>The backup {path} is not whole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the register {path} from the backup of {time} ({customers} customers).</source>
        <translation>Restored the register {path} from the backup of {time} ({customers} customers).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register as it was before is kept at {path}</source>
        <translation>The register as it was before is kept at {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup of {time} into {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</source>
        <translation>Restored the backup of {time} into {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/statement.py" line="+25"/>
        <source>Wrote the privacy statement (version {version}, {lang}, {format}) to {path}</source>
        <translation>Wrote the privacy statement (version {version}, {lang}, {format}) to {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the privacy statement ({lang}, {format}) to {path}. It is made from the template: no register description has been saved yet (Register description page).</source>
        <translation>Wrote the privacy statement ({lang}, {format}) to {path}. It is made from the template: no register description has been saved yet (Register description page).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {sections} sections from {path} as version {version} of the register description.</source>
        <translation>Imported {sections} sections from {path} as version {version} of the register description.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: these paragraphs could not be placed in a section. Give --leave-out-unplaced or --unplaced-to-introduction after checking them:</source>
        <translation>Nothing was saved: these paragraphs could not be placed in a section. Give --leave-out-unplaced or --unplaced-to-introduction after checking them:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the statement lacks what the law requires in it:</source>
        <translation>Nothing was saved: the statement lacks what the law requires in it:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {sections} sections from {path} as the {language} texts of the statement, version {version} of the register description.</source>
        <translation>Imported {sections} sections from {path} as the {language} texts of the statement, version {version} of the register description.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: there is no saved Finnish statement to put the {language} texts in. Import or save the Finnish statement first.</source>
        <translation>Nothing was saved: there is no saved Finnish statement to put the {language} texts in. Import or save the Finnish statement first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: the file has {found} sections, the Finnish statement {expected}. The {language} statement is matched to the Finnish one section by section, in order:</source>
        <translation>Nothing was saved: the file has {found} sections, the Finnish statement {expected}. The {language} statement is matched to the Finnish one section by section, in order:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still without a current {language} text (translate them in the editor): {names}</source>
        <translation>Still without a current {language} text (translate them in the editor): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first version keeps the date written in the statement: {date}.</source>
        <translation>The first version keeps the date written in the statement: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../desktop/cli/files.py" line="+33"/>
        <source>Contacts in the file: {contacts}; imported {imported} (with a flagged value {flagged}), rejected {rejected}, unreadable {unreadable}. Added {added}, left out {skipped}.</source>
        <translation>Contacts in the file: {contacts}; imported {imported} (with a flagged value {flagged}), rejected {rejected}, unreadable {unreadable}. Added {added}, left out {skipped}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was written to the register.</source>
        <translation>Dry run: nothing was written to the register.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} customers to {path}</source>
        <translation>Exported {count} customers to {path}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/common.py" line="-7"/>
        <source>Password of the server&apos;s administrator (Enter: from PGPASSWORD or ~/.pgpass): </source>
        <translation>Password of the server&apos;s administrator (Enter: from PGPASSWORD or ~/.pgpass): </translation>
    </message>
    <message>
        <location filename="../desktop/cli/server.py" line="+29"/>
        <source>Copying: {percent} % ({table})</source>
        <translation>Copying: {percent} % ({table})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the register to {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Moved the register to {address}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is kept, read-only. The register on the server opens with the key file {keys} and the same passwords.</source>
        <translation>The file {path} is kept, read-only. The register on the server opens with the key file {keys} and the same passwords.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the register from the server into {path}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Exported the register from the server into {path}: {rows} rows in {tables} tables, {files} archived PDFs and attachments, {entries} audit entries, in {seconds} s. Every count, every SHA-256 and the audit chain matched.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+94"/>
        <source>Restore the register</source>
        <translation>Restore the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what happens before you restore.</source>
        <translation>Check what happens before you restore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The register on this computer will be replaced with the backup of {time} ({customers} customers). Whatever was saved after that is not in the backup.

The register as it is now is kept as a copy beside it, so nothing is lost.</source>
        <translation>The register on this computer will be replaced with the backup of {time} ({customers} customers). Whatever was saved after that is not in the backup.

The register as it is now is kept as a copy beside it, so nothing is lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup of {time} ({customers} customers) becomes the register on this computer. Afterwards everyone logs in with the passwords they had then.</source>
        <translation>The backup of {time} ({customers} customers) becomes the register on this computer. Afterwards everyone logs in with the passwords they had then.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop/ui/customers/conflict.py" line="+73"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed since you opened it: {fields}.</source>
        <translation>Changed since you opened it: {fields}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours (not saved)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reload (your changes are lost)</source>
        <translation>Reload (your changes are lost)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../desktop/ui/customers/consents_tab.py" line="+187"/>
        <source>d.m.yyyy</source>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: signed form in the attachments, phone call 3.2.2026</source>
        <translation>For example: signed form in the attachments, phone call 3.2.2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ConsentKindsDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="+142"/>
        <source>Choose at least one.</source>
        <translation>Choose at least one.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../desktop/ui/customers/consents_tab.py" line="-148"/>
        <source>Now in force</source>
        <translation>Now in force</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Processing prohibited (objection upheld)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History (entries are never changed, only added)</source>
        <translation>History (entries are never changed, only added)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{purpose}: prohibited since {date} (request {diary})</source>
        <translation>{purpose}: prohibited since {date} (request {diary})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state} {date}</source>
        <translation>{state} {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>may be used</source>
        <translation>may be used</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may not be used</source>
        <translation>may not be used</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../desktop/ui/customers/contact_history_tab.py" line="+134"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What about</source>
        <translation>What about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>ContactHistoryTab</name>
    <message>
        <location line="-101"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What about</source>
        <translation>What about</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show older</source>
        <translation>Show older</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the selected contact?</source>
        <translation>Delete the selected contact?</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="+176"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add address</source>
        <translation>Add address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add phone number</source>
        <translation>Add phone number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add email address</source>
        <translation>Add email address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>Email addresses</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/crash.py" line="+30"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirjuri ran into an error it did not expect. Your saved data is safe: what was being saved when this happened was either saved whole or not at all.

If this keeps happening, copy the report below and send it to support. It holds no names or other personal data.</source>
        <translation>Kirjuri ran into an error it did not expect. Your saved data is safe: what was being saved when this happened was either saved whole or not at all.

If this keeps happening, copy the report below and send it to support. It holds no names or other personal data.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../desktop/ui/customers/editor.py" line="+118"/>
        <source>Restrict processing…</source>
        <translation>Restrict processing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+294"/>
        <source>Lift restriction</source>
        <translation>Lift restriction</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Print data extract…</source>
        <translation>Print data extract…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything the register holds on this customer, as a PDF to print or save.</source>
        <translation>Everything the register holds on this customer, as a PDF to print or save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give privacy statement…</source>
        <translation>Give privacy statement…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Consents, contact history, orders and attachments can be added once the customer is saved.</source>
        <translation>Consents, contact history, orders and attachments can be added once the customer is saved.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · customer {number}</source>
        <translation>{name} · customer {number}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reloaded: the customer as it is saved now.</source>
        <translation>Reloaded: the customer as it is saved now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved yet. Their changes are in the form; yours are kept.</source>
        <translation>Not saved yet. Their changes are in the form; yours are kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet. You both changed {fields}: yours is shown, check it before saving.</source>
        <translation>Not saved yet. You both changed {fields}: yours is shown, check it before saving.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lift the restriction of processing for {name}? Their data may then be used again as before.</source>
        <translation>Lift the restriction of processing for {name}? Their data may then be used again as before.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this customer are not saved. Save them now?</source>
        <translation>The changes to this customer are not saved. Save them now?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} (customer {number}): {reasons}</source>
        <translation>{name} (customer {number}): {reasons}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer may already be in the register:</source>
        <translation>This customer may already be in the register:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/record_tabs.py" line="+20"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>CustomerFieldNames</name>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="+27"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Business ID (Y-tunnus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer level</source>
        <translation>Customer level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer until</source>
        <translation>Customer until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>Email addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing</source>
        <translation>Restriction of processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for restriction</source>
        <translation>Reason for restriction</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <location filename="../desktop/core/customer_fields.py" line="+81"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public register</source>
        <translation>Public register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-protection request</source>
        <translation>Data-protection request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct marketing by post</source>
        <translation>Direct marketing by post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by email</source>
        <translation>Direct marketing by email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by phone</source>
        <translation>Direct marketing by phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing by SMS</source>
        <translation>Direct marketing by SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiling and segmentation</source>
        <translation>Profiling and segmentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure to partners for marketing</source>
        <translation>Disclosure to partners for marketing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication in mailing lists</source>
        <translation>Publication in mailing lists</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prohibited</source>
        <translation>Prohibited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="+26"/>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
</context>
<context>
    <name>CustomerFilters</name>
    <message>
        <location filename="../desktop/ui/customers/filters.py" line="+18"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not filtered</source>
        <translation>not filtered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any channel</source>
        <translation>any channel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted and others</source>
        <translation>Restricted and others</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only restricted</source>
        <translation>Only restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide restricted</source>
        <translation>Hide restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers whose processing is restricted</source>
        <translation>Customers whose processing is restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has open requests</source>
        <translation>Has open requests</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with a data-protection request not yet answered</source>
        <translation>Customers with a data-protection request not yet answered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing allowed on</source>
        <translation>Marketing allowed on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every customer again</source>
        <translation>Show every customer again</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <location filename="../desktop/ui/customers/labels.py" line="-22"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted; anonymised record kept for the accounts</source>
        <translation>Deleted; anonymised record kept for the accounts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted</source>
        <translation>Processing restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction lifted</source>
        <translation>Restriction lifted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent or ban recorded</source>
        <translation>Consent or ban recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact added</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact deleted</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order added</source>
        <translation>Order added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order changed</source>
        <translation>Order changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order deleted</source>
        <translation>Order deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment added</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment opened</source>
        <translation>Attachment opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment deleted</source>
        <translation>Attachment deleted</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../desktop/ui/models/customers_model.py" line="+26"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted: not used for marketing or exports.</source>
        <translation>Processing restricted: not used for marketing or exports.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../desktop/ui/customers/page.py" line="+84"/>
        <source>Search by name, email, phone, address or customer number</source>
        <translation>Search by name, email, phone, address or customer number</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer (Ctrl+N)</source>
        <translation>New customer (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge duplicates…</source>
        <translation>Merge duplicates…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the two records of the same person first.</source>
        <translation>Select the two records of the same person first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print labels…</source>
        <translation>Print labels…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address labels for the customers listed now</source>
        <translation>Address labels for the customers listed now</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard/page.py" line="+203"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 7 days</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due later</source>
        <translation>Due later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for identification</source>
        <translation>Waiting for identification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension notice not sent</source>
        <translation>Extension notice not sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time was extended, but the person has not been told yet. The notice, with its reasons, is due within one month of receipt (Art. 12(3)): the date shown.</source>
        <translation>The time was extended, but the person has not been told yet. The notice, with its reasons, is due within one month of receipt (Art. 12(3)): the date shown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extended, refusal due</source>
        <translation>Extended, refusal due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extended requests without a decision. A refusal must be sent within one month of receipt, also when the time was extended (Art. 12(4)): the date shown.</source>
        <translation>Extended requests without a decision. A refusal must be sent within one month of receipt, also when the time was extended (Art. 12(4)): the date shown.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restriction to be lifted</source>
        <translation>Restriction to be lifted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice before lifting the restriction has been sent (Art. 18(3)). The restriction can be lifted once the waiting period is over: the date shown.</source>
        <translation>The notice before lifting the restriction has been sent (Art. 18(3)). The restriction can be lifted once the waiting period is over: the date shown.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n record(s) due for erasure under the retention rules.</source>
        <translation>
            <numerusform>%n record is due for erasure under the retention rules.</numerusform>
            <numerusform>%n records are due for erasure under the retention rules.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup yet.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup today.</source>
        <translation>Last backup today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup yesterday.</source>
        <translation>Last backup yesterday.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup {days} days ago.</source>
        <translation>Last backup {days} days ago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to back up: plug in the backup drive.</source>
        <translation>Time to back up: plug in the backup drive.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../desktop/ui/requests/decision_dialog.py" line="+52"/>
        <source>Refuse the request</source>
        <translation>Refuse the request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {right}</source>
        <translation>Decision: {right}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground in law</source>
        <translation>Ground in law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons (go into the letter)</source>
        <translation>Reasons (go into the letter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of the processing</source>
        <translation>Purpose of the processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why late (only for a late refusal)</source>
        <translation>Why late (only for a late refusal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The letter gives the reasons and tells the person they may complain to the Data Protection Ombudsman or bring an action in court (Art. 12(4)).</source>
        <translation>The letter gives the reasons and tells the person they may complain to the Data Protection Ombudsman or bring an action in court (Art. 12(4)).</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../desktop/core/decisions.py" line="+75"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted in part</source>
        <translation>Granted in part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing continues on compelling grounds</source>
        <translation>Processing continues on compelling grounds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ground needed</source>
        <translation>No ground needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifestly unfounded (Art. 12(5))</source>
        <translation>Manifestly unfounded (Art. 12(5))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excessive, e.g. repetitive (Art. 12(5))</source>
        <translation>Excessive, e.g. repetitive (Art. 12(5))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity not established (Art. 11(2), 12(6))</source>
        <translation>Identity not established (Art. 11(2), 12(6))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Would affect the rights and freedoms of others (Art. 15(4))</source>
        <translation>Would affect the rights and freedoms of others (Art. 15(4))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freedom of expression and information (Art. 17(3)(a))</source>
        <translation>Freedom of expression and information (Art. 17(3)(a))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A legal obligation to keep the data (Art. 17(3)(b))</source>
        <translation>A legal obligation to keep the data (Art. 17(3)(b))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public health (Art. 17(3)(c))</source>
        <translation>Public health (Art. 17(3)(c))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiving, research or statistics (Art. 17(3)(d))</source>
        <translation>Archiving, research or statistics (Art. 17(3)(d))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal claims (Art. 17(3)(e))</source>
        <translation>Legal claims (Art. 17(3)(e))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compelling legitimate grounds (Art. 21(1))</source>
        <translation>Compelling legitimate grounds (Art. 21(1))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal claims (Art. 21(1))</source>
        <translation>Legal claims (Art. 21(1))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is accurate; a supplementary statement is offered (Art. 16)</source>
        <translation>The data is accurate; a supplementary statement is offered (Art. 16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ground for erasure applies, e.g. the data is still needed (Art. 17(1))</source>
        <translation>No ground for erasure applies, e.g. the data is still needed (Art. 17(1))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the conditions for restriction is met (Art. 18(1))</source>
        <translation>None of the conditions for restriction is met (Art. 18(1))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data outside the right to portability: not provided by the person, not based on consent or contract, or not processed by automated means (Art. 20(1))</source>
        <translation>Data outside the right to portability: not provided by the person, not based on consent or contract, or not processed by automated means (Art. 20(1))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No right to object: the processing is not based on Art. 6(1)(e) or (f), e.g. it is based on a contract or a legal obligation (Art. 21(1))</source>
        <translation>No right to object: the processing is not based on Art. 6(1)(e) or (f), e.g. it is based on a contract or a legal obligation (Art. 21(1))</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <location filename="../desktop/ui/customers/delete_dialog.py" line="+25"/>
        <location line="+57"/>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Delete {name} (customer {number})?</source>
        <translation>Delete {name} (customer {number})?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The law requires keeping some of their records, so the customer record stays, emptied of personal data, for those records to point at. Everything else is deleted for good and cannot be restored.</source>
        <translation>The law requires keeping some of their records, so the customer record stays, emptied of personal data, for those records to point at. Everything else is deleted for good and cannot be restored.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything recorded about them is deleted for good and cannot be restored.</source>
        <translation>Everything recorded about them is deleted for good and cannot be restored.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Will be deleted</source>
        <translation>Will be deleted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no fixed date</source>
        <translation>no fixed date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because the law requires it</source>
        <translation>Kept, because the law requires it</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../desktop/ui/customers/disclosures_tab.py" line="+91"/>
        <source>Record a disclosure</source>
        <translation>Record a disclosure</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>for example FI</source>
        <translation>for example FI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>for example name, address and the invoice</source>
        <translation>for example name, address and the invoice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of notices</source>
        <translation>Language of notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was disclosed</source>
        <translation>What was disclosed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <location filename="../desktop/core/disclosures.py" line="+32"/>
        <source>Processor acting for us (Art. 28)</source>
        <translation>Processor acting for us (Art. 28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Contract (Art. 6(1)(b))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Legal obligation (Art. 6(1)(c))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Consent (Art. 6(1)(a))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legitimate interest (Art. 6(1)(f))</source>
        <translation>Legitimate interest (Art. 6(1)(f))</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <location filename="../desktop/ui/customers/disclosures_tab.py" line="-89"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a disclosure…</source>
        <translation>Record a disclosure…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record each time this customer&apos;s data is given to someone outside the business. Notices of a rectification, erasure or restriction (GDPR Art. 19) go to these recipients only, and the customer&apos;s access reply lists them.</source>
        <translation>Record each time this customer&apos;s data is given to someone outside the business. Notices of a rectification, erasure or restriction (GDPR Art. 19) go to these recipients only, and the customer&apos;s access reply lists them.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../desktop/ui/documents/page.py" line="+51"/>
        <source>Signed letters</source>
        <translation>Signed letters</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search: name, diary number, SHA-256…</source>
        <translation>Search: name, diary number, SHA-256…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All letters</source>
        <translation>All letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed between</source>
        <translation>Signed between</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+26"/>
        <source>The register was restored</source>
        <translation>The register was restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is in use. Nothing else needs to be done.</source>
        <translation>The backup is in use. Nothing else needs to be done.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup of {time} was checked and is now the register ({customers} customers).</source>
        <translation>The backup of {time} was checked and is now the register ({customers} customers).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register as it was before is kept at {path}</source>
        <translation>The register as it was before is kept at {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with your password as it was at the time of the backup.</source>
        <translation>Log in with your password as it was at the time of the backup.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../desktop/ui/models/due_model.py" line="+26"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept because / note</source>
        <translation>Kept because / note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer until {date}</source>
        <translation>Customer until {date}</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <location filename="../desktop/ui/admin/due_tab.py" line="+32"/>
        <source>These records have been kept for as long as the retention rules say. Review them, tick what may go and erase it in one go. Records that must still be kept are shown greyed with the reason and cannot be ticked.</source>
        <translation>These records have been kept for as long as the retention rules say. Review them, tick what may go and erase it in one go. Records that must still be kept are shown greyed with the reason and cannot be ticked.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erase these requests…</source>
        <translation>Erase these requests…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update list</source>
        <translation>Update list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing of this kind is due for erasure.</source>
        <translation>Nothing of this kind is due for erasure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick all shown</source>
        <translation>Tick all shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete (anonymise where orders must stay)</source>
        <translation>Delete (anonymise where orders must stay)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymise (keep the empty record)</source>
        <translation>Anonymise (keep the empty record)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase ticked…</source>
        <translation>Erase ticked…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Closed data-protection requests kept for 3 years from the end of their handling: %n due for erasure.</source>
        <translation>
            <numerusform>Closed data-protection requests kept for 3 years from the end of their handling: %n due for erasure.</numerusform>
            <numerusform>Closed data-protection requests kept for 3 years from the end of their handling: %n due for erasure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Erase %n closed request(s) for good, with their event logs, attachments and letters? Their 3 years from the end of handling have passed. This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n closed request for good, with its event log, attachments and letters? Its 3 years from the end of handling have passed. This cannot be undone.</numerusform>
            <numerusform>Erase %n closed requests for good, with their event logs, attachments and letters? Their 3 years from the end of handling have passed. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Erased: %n request(s).</source>
        <translation>
            <numerusform>Erased: %n request.</numerusform>
            <numerusform>Erased: %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Anonymise %n record(s) of “{what}”? Names, contact details, consents, contact history and attachments are erased; an empty record stays with its orders. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n record of “{what}”? Names, contact details, consents, contact history and attachments are erased; an empty record stays with its orders. This cannot be undone.</numerusform>
            <numerusform>Anonymise %n records of “{what}”? Names, contact details, consents, contact history and attachments are erased; empty records stay with their orders. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Erase %n record(s) of “{what}” for good? Where orders must still be kept under the Accounting Act, the customer is anonymised instead. This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n record of “{what}” for good? Where orders must still be kept under the Accounting Act, the customer is anonymised instead. This cannot be undone.</numerusform>
            <numerusform>Erase %n records of “{what}” for good? Where orders must still be kept under the Accounting Act, the customer is anonymised instead. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+49"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Erased: %n deleted</source>
        <translation>
            <numerusform>Erased: %n deleted</numerusform>
            <numerusform>Erased: %n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n anonymised</source>
        <translation>
            <numerusform>%n anonymised</numerusform>
            <numerusform>%n anonymised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../desktop/services/customers/duplicates.py" line="+22"/>
        <source>same email address</source>
        <translation>same email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and address</source>
        <translation>same name and address</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/import_warnings.py" line="+36"/>
        <source>same name, and nothing else to compare</source>
        <translation>same name, and nothing else to compare</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../desktop/services/rights/erasure.py" line="+76"/>
        <source>Customer record</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>Email addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents and prohibitions</source>
        <translation>Consents and prohibitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other details</source>
        <translation>Other details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders past their retention</source>
        <translation>Orders past their retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplementary statements</source>
        <translation>Supplementary statements</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../desktop/ui/requests/erasure_dialog.py" line="+66"/>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer record stays, emptied of personal data, because records the law keeps point at it.</source>
        <translation>The customer record stays, emptied of personal data, because records the law keeps point at it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer record and everything on it is deleted.</source>
        <translation>The customer record and everything on it is deleted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will be deleted</source>
        <translation>Will be deleted</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No disclosure of this person&apos;s data is recorded: no recipient to tell.</source>
        <translation>No disclosure of this person&apos;s data is recorded: no recipient to tell.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Kept, because the law requires it</source>
        <translation>Kept, because the law requires it</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Tell about the erasure (Art. 19)</source>
        <translation>Tell about the erasure (Art. 19)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The person once allowed disclosure to partners: tell them too.</source>
        <translation>The person once allowed disclosure to partners: tell them too.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer is under a legal hold: nothing can be erased now. Refuse the erasure with the reason, or lift the hold when the claim is settled.</source>
        <translation>The customer is under a legal hold: nothing can be erased now. Refuse the erasure with the reason, or lift the hold when the claim is settled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase the person&apos;s data now? What is listed as kept stays; everything else is deleted for good and cannot be restored.</source>
        <translation>Erase the person&apos;s data now? What is listed as kept stays; everything else is deleted for good and cannot be restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erased. The request and the kept records stay in the register.</source>
        <translation>Erased. The request and the kept records stay in the register.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/cli/common.py" line="+35"/>
        <source>No password was given. Pipe it in with --password-stdin or run the command in a terminal.</source>
        <translation>No password was given. Pipe it in with --password-stdin or run the command in a terminal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password holds bytes that are not UTF-8 text. Set the terminal (or the script that pipes the password in) to UTF-8 and try again.</source>
        <translation>The password holds bytes that are not UTF-8 text. Set the terminal (or the script that pipes the password in) to UTF-8 and try again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register has several users ({users}). Name one with --user.</source>
        <translation>The register has several users ({users}). Name one with --user.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This computer has no confirmed certificate for the server {server}. Connect to it once in the Kirjuri window (Office server…), or give the server&apos;s certificate with --server-cert FILE.</source>
        <translation>This computer has no confirmed certificate for the server {server}. Connect to it once in the Kirjuri window (Office server…), or give the server&apos;s certificate with --server-cert FILE.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/demo.py" line="+6"/>
        <source>The register {path} already has customers. kirjuri demo fills only a new or empty register.</source>
        <translation>The register {path} already has customers. kirjuri demo fills only a new or empty register.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/statement.py" line="+5"/>
        <source>Kirjuri cannot write the file {path}. Check the folder and its permissions.</source>
        <translation>Kirjuri cannot write the file {path}. Check the folder and its permissions.</translation>
    </message>
    <message>
        <location filename="../desktop/errors.py" line="+31"/>
        <source>The operation could not be completed.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user name or password is wrong. Check the spelling and Caps Lock.</source>
        <translation>The user name or password is wrong. Check the spelling and Caps Lock.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key is wrong. Type it exactly as it is on the recovery sheet.</source>
        <translation>The recovery key is wrong. Type it exactly as it is on the recovery sheet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong attempts. Wait {seconds} seconds before trying again.</source>
        <translation>Too many wrong attempts. Wait {seconds} seconds before trying again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This user has been removed from the register. Ask the main user for access.</source>
        <translation>This user has been removed from the register. Ask the main user for access.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is not a Kirjuri register. Choose the register file (.kirjuri).</source>
        <translation>The file {path} is not a Kirjuri register. Choose the register file (.kirjuri).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file {path} that belongs beside the register is missing, so the register cannot be opened. Put the .keys file back beside the register or restore a backup.</source>
        <translation>The key file {path} that belongs beside the register is missing, so the register cannot be opened. Put the .keys file back beside the register or restore a backup.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file {path} beside the register has been edited or damaged, so the register is not opened. The register itself was not touched. Put back the .keys file from the latest backup, or restore the backup.</source>
        <translation>The key file {path} beside the register has been edited or damaged, so the register is not opened. The register itself was not touched. Put back the .keys file from the latest backup, or restore the backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file {path} was written by a newer version of Kirjuri. Install the newer version to open the register; this version will not change it.</source>
        <translation>The key file {path} was written by a newer version of Kirjuri. Install the newer version to open the register; this version will not change it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file {path} belongs to another register, so this register cannot be opened with it. Nothing was changed. Put this register&apos;s own .keys file beside it (from the same backup as the register).</source>
        <translation>The key file {path} belongs to another register, so this register cannot be opened with it. Nothing was changed. Put this register&apos;s own .keys file beside it (from the same backup as the register).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no register at {path}.</source>
        <translation>There is no register at {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register file is damaged and cannot be read safely. Nothing has been changed. Restore the latest backup (“Restore from a backup…” in the login window) or contact support.</source>
        <translation>The register file is damaged and cannot be read safely. Nothing has been changed. Restore the latest backup (“Restore from a backup…” in the login window) or contact support.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register&apos;s version stamp ({revision}) is older than its tables, so it cannot be brought up to date safely. Nothing was changed. Restore the latest backup or contact support.</source>
        <translation>The register&apos;s version stamp ({revision}) is older than its tables, so it cannot be brought up to date safely. Nothing was changed. Restore the latest backup or contact support.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This register was saved by a newer version of Kirjuri. Install the newer version to open it; this version will not change it.</source>
        <translation>This register was saved by a newer version of Kirjuri. Install the newer version to open it; this version will not change it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full, so the change was not saved. Nothing was lost. Free some space and try again.</source>
        <translation>The disk is full, so the change was not saved. Nothing was lost. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kirjuri cannot write to {path}. The disk or folder is read-only. Nothing was changed. Move the register to a writable folder or check its permissions.</source>
        <translation>Kirjuri cannot write to {path}. The disk or folder is read-only. Nothing was changed. Move the register to a writable folder or check its permissions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The connection to the office&apos;s server was lost, so this was not saved; nothing was half-saved. What you typed is kept. Kirjuri tries again; if this goes on, check the network connection.</source>
        <translation>The connection to the office&apos;s server was lost, so this was not saved; nothing was half-saved. What you typed is kept. Kirjuri tries again; if this goes on, check the network connection.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The register is already open in another Kirjuri window on this computer. Use that window, or close it first.</source>
        <translation>The register is already open in another Kirjuri window on this computer. Use that window, or close it first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A register already exists at {path}. Choose another location.</source>
        <translation>A register already exists at {path}. Choose another location.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role does not allow this: {action}.</source>
        <translation>Your role does not allow this: {action}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key slot does not hold the main users&apos; signing key yet, so you cannot change users. Ask another main user to give you a new password, or log in once with the recovery key.</source>
        <translation>Your key slot does not hold the main users&apos; signing key yet, so you cannot change users. Ask another main user to give you a new password, or log in once with the recovery key.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user record of {username} was changed outside Kirjuri (its role or status is not signed by a main user), so the login is refused. A main user should run “kirjuri check” and restore the latest backup.</source>
        <translation>The user record of {username} was changed outside Kirjuri (its role or status is not signed by a main user), so the login is refused. A main user should run “kirjuri check” and restore the latest backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>The password must be at least {minimum} characters long.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <location filename="../desktop/services/access/users.py" line="+23"/>
        <source>The register must keep at least one main user. Make someone else main user first.</source>
        <translation>The register must keep at least one main user. Make someone else main user first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name {username} is already in use.</source>
        <translation>The user name {username} is already in use.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/records.py" line="+69"/>
        <source>The customer was not found. Someone may have deleted or merged it.</source>
        <translation>The customer was not found. Someone may have deleted or merged it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal identity codes are not kept in this register. The main user can turn them on in Administration → Settings.</source>
        <translation>Personal identity codes are not kept in this register. The main user can turn them on in Administration → Settings.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} changed this customer at {time}, after you opened it. Nothing you typed has been saved yet, so that their changes are not lost.</source>
        <translation>{name} changed this customer at {time}, after you opened it. Nothing you typed has been saved yet, so that their changes are not lost.</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>The person asked for this restriction in request {diary}. Lift it on that request: the person must be told first (Art. 18(3)).</source>
        <translation>The person asked for this restriction in request {diary}. Lift it on that request: the person must be told first (Art. 18(3)).</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="+47"/>
        <source>Kirjuri cannot import {name}. Choose a CSV file (.csv), an Excel workbook (.xlsx), contact cards (.vcf) or an LDIF address book (.ldif).</source>
        <translation>Kirjuri cannot import {name}. Choose a CSV file (.csv), an Excel workbook (.xlsx), contact cards (.vcf) or an LDIF address book (.ldif).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} could not be read. It may be damaged or not what its name says. Save it again from the program that made it and try again.</source>
        <translation>The file {name} could not be read. It may be damaged or not what its name says. Save it again from the program that made it and try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} is too large to import at once (at most {rows} rows, {columns} columns and {megabytes} MB). Split it into smaller files and import them one by one.</source>
        <translation>The file {name} is too large to import at once (at most {rows} rows, {columns} columns and {megabytes} MB). Split it into smaller files and import them one by one.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/contact_history.py" line="+35"/>
        <source>The contact was not found. Someone may have deleted it already.</source>
        <translation>The contact was not found. Someone may have deleted it already.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/importing.py" line="+70"/>
        <source>The import was cancelled. No customers were added.</source>
        <translation>The import was cancelled. No customers were added.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers were added or changed while this import waited, so some rows now look different (possible duplicates, earlier bans or erasures). Nothing was imported. Press Check again to see the rows as they are now.</source>
        <translation>Customers were added or changed while this import waited, so some rows now look different (possible duplicates, earlier bans or erasures). Nothing was imported. Press Check again to see the rows as they are now.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column is set to a customer field, so there is nothing to import.</source>
        <translation>No column is set to a customer field, so there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/orders.py" line="+29"/>
        <source>The order was not found. Someone may have deleted it already.</source>
        <translation>The order was not found. Someone may have deleted it already.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/attachments.py" line="+56"/>
        <source>The file {name} cannot be attached. Kirjuri keeps PDF documents, images (PNG, JPEG, TIFF, GIF, WebP) and plain text files (.txt); the file&apos;s content, not its name, decides.</source>
        <translation>The file {name} cannot be attached. Kirjuri keeps PDF documents, images (PNG, JPEG, TIFF, GIF, WebP) and plain text files (.txt); the file&apos;s content, not its name, decides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} is {size} MB. An attachment can be at most {limit} MB; scan it at a lower resolution or split it into parts.</source>
        <translation>The file {name} is {size} MB. An attachment can be at most {limit} MB; scan it at a lower resolution or split it into parts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {name} could not be read. Check that it exists and is not open.</source>
        <translation>The file {name} could not be read. Check that it exists and is not open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment was not found. Someone may have deleted it already.</source>
        <translation>The attachment was not found. Someone may have deleted it already.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/merge.py" line="+52"/>
        <source>Choose two different customers to merge.</source>
        <translation>Choose two different customers to merge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These customers have different personal identity codes, so they are different people and cannot be merged.</source>
        <translation>These customers have different personal identity codes, so they are different people and cannot be merged.</translation>
    </message>
    <message>
        <location filename="../desktop/services/requests/log.py" line="+51"/>
        <source>The request was not found.</source>
        <translation>The request was not found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A request in this state cannot be moved there. Reload the request and retry.</source>
        <translation>A request in this state cannot be moved there. Reload the request and retry.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The time can be extended only once, and only before the first deadline ({due}) has passed.</source>
        <translation>The time can be extended only once, and only before the first deadline ({due}) has passed.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/base.py" line="+24"/>
        <source>Link the request to a customer first. If the person is not in the register, make the access reply saying that the register holds no data on them.</source>
        <translation>Link the request to a customer first. If the person is not in the register, make the access reply saying that the register holds no data on them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer is under a legal hold, so the data cannot be erased now. Refuse the erasure with the reason (GDPR Art. 17(3)(e)), or lift the hold when the claim is settled.</source>
        <translation>The customer is under a legal hold, so the data cannot be erased now. Refuse the erasure with the reason (GDPR Art. 17(3)(e)), or lift the hold when the claim is settled.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check the requester&apos;s identity and record how it was checked before disclosing, changing or erasing data. Only the main user can let the request go on without a check, with a recorded reason.</source>
        <translation>Check the requester&apos;s identity and record how it was checked before disclosing, changing or erasing data. Only the main user can let the request go on without a check, with a recorded reason.</translation>
    </message>
    <message>
        <location filename="../desktop/errors.py" line="+8"/>
        <source>The export could not be written to {path}. Check that the USB stick is still in place and try again; no half-written file was left behind.</source>
        <translation>The export could not be written to {path}. Check that the USB stick is still in place and try again; no half-written file was left behind.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/erasure.py" line="+282"/>
        <source>This request does not ask for erasure, so nothing was erased.</source>
        <translation>This request does not ask for erasure, so nothing was erased.</translation>
    </message>
    <message>
        <location filename="../desktop/services/register/restore.py" line="+42"/>
        <source>Only a main user of the backup, or the recovery key, can restore it. Log in as a main user or use the recovery key.</source>
        <translation>Only a main user of the backup, or the recovery key, can restore it. Log in as a main user or use the recovery key.</translation>
    </message>
    <message>
        <location filename="../desktop/store/backup.py" line="+71"/>
        <source>The backup did not fit on {path}: the disk is full. The backup was not made and the earlier backups are untouched. Free some space or choose another drive.</source>
        <translation>The backup did not fit on {path}: the disk is full. The backup was not made and the earlier backups are untouched. Free some space or choose another drive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup could not be written to {path}: the drive was removed or cannot be written to. The backup was not made and the earlier backups are untouched.</source>
        <translation>The backup could not be written to {path}: the drive was removed or cannot be written to. The backup was not made and the earlier backups are untouched.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup {path} is not whole: {reasons}</source>
        <translation>The backup {path} is not whole: {reasons}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a Kirjuri backup.</source>
        <translation>{path} is not a Kirjuri backup.</translation>
    </message>
    <message>
        <location filename="../desktop/documents/pades.py" line="+27"/>
        <source>The certificate file could not be opened: it is not a PKCS#12 file (.p12 or .pfx), or the passphrase is wrong.</source>
        <translation>The certificate file could not be opened: it is not a PKCS#12 file (.p12 or .pfx), or the passphrase is wrong.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document to sign is not a readable PDF.</source>
        <translation>The document to sign is not a readable PDF.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/description.py" line="+49"/>
        <source>Version {version} of the register description is not there.</source>
        <translation>Version {version} of the register description is not there.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement in this language cannot be made: {count} sections are untranslated or their translation is older than the Finnish text ({sections}). Translate them, or choose in the register description to print those sections in Finnish.</source>
        <translation>The statement in this language cannot be made: {count} sections are untranslated or their translation is older than the Finnish text ({sections}). Translate them, or choose in the register description to print those sections in Finnish.</translation>
    </message>
    <message>
        <location filename="../desktop/services/register/signing.py" line="+39"/>
        <source>This computer has no secure keyring (password store) for the certificate&apos;s passphrase, so digital signatures cannot be used here.</source>
        <translation>This computer has no secure keyring (password store) for the certificate&apos;s passphrase, so digital signatures cannot be used here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No certificate for digital signatures has been chosen, or its passphrase is not on this computer. The main user can set it in Administration → Digital signature.</source>
        <translation>No certificate for digital signatures has been chosen, or its passphrase is not on this computer. The main user can set it in Administration → Digital signature.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/not_ready.py" line="+17"/>
        <source>The time has not been extended: record the extension with its reason first.</source>
        <translation>The time has not been extended: record the extension with its reason first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rectification has been made through this request yet. Make it first.</source>
        <translation>No rectification has been made through this request yet. Make it first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rectification has been refused with a reason in this request yet.</source>
        <translation>No rectification has been refused with a reason in this request yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been erased through this request yet.</source>
        <translation>Nothing has been erased through this request yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing has not been restricted through this request yet.</source>
        <translation>The processing has not been restricted through this request yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No objection, ban or withdrawal has been recorded through this request yet.</source>
        <translation>No objection, ban or withdrawal has been recorded through this request yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portability export has not been made yet. Make it first: its checksum goes into the cover letter.</source>
        <translation>The portability export has not been made yet. Make it first: its checksum goes into the cover letter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The identification letter must say what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)). Choose &quot;Waiting for identification&quot; and write the doubt first.</source>
        <translation>The identification letter must say what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)). Choose &quot;Waiting for identification&quot; and write the doubt first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision that drafts this letter has been recorded on the request. Record the decision with its ground and reasons first.</source>
        <translation>No decision that drafts this letter has been recorded on the request. Record the decision with its ground and reasons first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record why the restriction is to be lifted first: the notice tells the person (Art. 18(3)).</source>
        <translation>Record why the restriction is to be lifted first: the notice tells the person (Art. 18(3)).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No disclosure of this person&apos;s data has been recorded, so there is no recipient to tell (Art. 19). If the data was disclosed, record the disclosure on the customer&apos;s page first.</source>
        <translation>No disclosure of this person&apos;s data has been recorded, so there is no recipient to tell (Art. 19). If the data was disclosed, record the disclosure on the customer&apos;s page first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No disclosure of this person&apos;s data to {recipient} has been recorded. A notice goes only to a recipient who had the data: telling anyone else would itself disclose it.</source>
        <translation>No disclosure of this person&apos;s data to {recipient} has been recorded. A notice goes only to a recipient who had the data: telling anyone else would itself disclose it.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing has been rectified, erased or restricted through this request, so there is nothing to tell the recipients.</source>
        <translation>Nothing has been rectified, erased or restricted through this request, so there is nothing to tell the recipients.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/rendering.py" line="+32"/>
        <source>Check the requester&apos;s identity and record how it was checked before the data is disclosed in a reply.</source>
        <translation>Check the requester&apos;s identity and record how it was checked before the data is disclosed in a reply.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/service.py" line="+80"/>
        <source>The letter was not found.</source>
        <translation>The letter was not found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter has been signed and cannot be changed. Write a new letter instead.</source>
        <translation>The letter has been signed and cannot be changed. Write a new letter instead.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/sending.py" line="+29"/>
        <source>The extension notice had to be sent by {due}, within the first month after receipt (Art. 12(3)). Sent later, it does not extend the time: answer the request now.</source>
        <translation>The extension notice had to be sent by {due}, within the first month after receipt (Art. 12(3)). Sent later, it does not extend the time: answer the request now.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/service.py" line="+6"/>
        <source>Sign the letter first.</source>
        <translation>Sign the letter first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/output.py" line="+143"/>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>The printer could not be started. Check that it is on and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/retention/rules.py" line="+86"/>
        <source>Some of the selected records are no longer due for erasure, or are now kept for a reason (a legal hold, a restriction or an open request). Nothing was erased. Update the list and select again.</source>
        <translation>Some of the selected records are no longer due for erasure, or are now kept for a reason (a legal hold, a restriction or an open request). Nothing was erased. Update the list and select again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These records can only be deleted.</source>
        <translation>These records can only be deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/deletion.py" line="+57"/>
        <source>The customer is under a legal hold, so their data cannot be deleted: it is needed for a legal claim (GDPR Art. 17(3)(e)). Nothing was deleted. The data can be deleted once the claim is settled and the hold is lifted.</source>
        <translation>The customer is under a legal hold, so their data cannot be deleted: it is needed for a legal claim (GDPR Art. 17(3)(e)). Nothing was deleted. The data can be deleted once the claim is settled and the hold is lifted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Processing of this customer&apos;s data is restricted (GDPR Art. 18), so the data must be kept, not deleted. Nothing was deleted. Lift the restriction first if its reason has ended.</source>
        <translation>Processing of this customer&apos;s data is restricted (GDPR Art. 18), so the data must be kept, not deleted. Nothing was deleted. Lift the restriction first if its reason has ended.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A data-protection request about this customer is still open, so their data cannot be deleted now: the request is answered on the data as it is. Nothing was deleted. Handle and close the request first; if the person asks for erasure, erase through the request.</source>
        <translation>A data-protection request about this customer is still open, so their data cannot be deleted now: the request is answered on the data as it is. Nothing was deleted. Handle and close the request first; if the person asks for erasure, erase through the request.</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup.py" line="+52"/>
        <source>The backup {path} is whole, but it was made by a newer version of Kirjuri, so this version cannot restore it. Install the newer version to restore it.</source>
        <translation>The backup {path} is whole, but it was made by a newer version of Kirjuri, so this version cannot restore it. Install the newer version to restore it.</translation>
    </message>
    <message>
        <location filename="../desktop/core/consistency.py" line="+35"/>
        <source>The recipient {subject} is outside the EU/EEA, but the section on transfers outside the EU/EEA does not say so. Name the recipient or its country there, with the safeguard, in the register description.</source>
        <translation>The recipient {subject} is outside the EU/EEA, but the section on transfers outside the EU/EEA does not say so. Name the recipient or its country there, with the safeguard, in the register description.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recipient {subject} is outside the EU/EEA, but no transfer safeguard (adequacy decision, standard contractual clauses, ...) is named for it in the register description.</source>
        <translation>The recipient {subject} is outside the EU/EEA, but no transfer safeguard (adequacy decision, standard contractual clauses, ...) is named for it in the register description.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data has been disclosed to {subject}, but the register description does not list it as a recipient. Add it to the recipients in the register description.</source>
        <translation>Data has been disclosed to {subject}, but the register description does not list it as a recipient. Add it to the recipients in the register description.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register description requires requests to be made in writing, signed or in person. The GDPR does not allow that (Art. 12(2)): suggest ways to send a request, but accept any.</source>
        <translation>The register description requires requests to be made in writing, signed or in person. The GDPR does not allow that (Art. 12(2)): suggest ways to send a request, but accept any.</translation>
    </message>
    <message>
        <location filename="../desktop/services/disclosures/consistency.py" line="+22"/>
        <source>The register description does not agree with the data. Check it first.</source>
        <translation>The register description does not agree with the data. Check it first.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/decisions.py" line="+47"/>
        <source>The law does not allow this decision on this ground for this right.</source>
        <translation>The law does not allow this decision on this ground for this right.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This right was not asked in the request.</source>
        <translation>This right was not asked in the request.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refusal had to be sent by {due}: within one month of receipt, also when the time was extended (Art. 12(4)). Write why it is late; the reason is recorded with the decision.</source>
        <translation>A refusal had to be sent by {due}: within one month of receipt, also when the time was extended (Art. 12(4)). Write why it is late; the reason is recorded with the decision.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been erased through this request yet. Carry out the erasure first, then record the decision.</source>
        <translation>Nothing has been erased through this request yet. Carry out the erasure first, then record the decision.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/restriction.py" line="+43"/>
        <source>Tell the person before the restriction is lifted (Art. 18(3)): record the reason for lifting, then draft, sign and send the notice letter, and mark it sent.</source>
        <translation>Tell the person before the restriction is lifted (Art. 18(3)): record the reason for lifting, then draft, sign and send the notice letter, and mark it sent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notice before lifting the restriction was sent on {sent}. The restriction can be lifted on {earliest} at the earliest (the waiting period set by the main user).</source>
        <translation>The notice before lifting the restriction was sent on {sent}. The restriction can be lifted on {earliest} at the earliest (the waiting period set by the main user).</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/import_files.py" line="+22"/>
        <source>The statement could not be read.</source>
        <translation>The statement could not be read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The statement could not be read: the file is larger than 20 MB.</source>
        <translation>The statement could not be read: the file is larger than 20 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement could not be read: the PDF is protected with a password.</source>
        <translation>The statement could not be read: the PDF is protected with a password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statement could not be read: there is no text in it (a scanned image?). Paste the text instead.</source>
        <translation>The statement could not be read: there is no text in it (a scanned image?). Paste the text instead.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement could not be read: it is not a Word (.docx), OpenDocument (.odt), web page, PDF or text file.</source>
        <translation>The statement could not be read: it is not a Word (.docx), OpenDocument (.odt), web page, PDF or text file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The statement could not be read: the file is damaged or not what it seems.</source>
        <translation>The statement could not be read: the file is damaged or not what it seems.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_connection.py" line="+46"/>
        <source>The server {server} does not offer an encrypted connection (TLS), so Kirjuri does not connect to it. Ask the server&apos;s administrator to switch TLS on.</source>
        <translation>The server {server} does not offer an encrypted connection (TLS), so Kirjuri does not connect to it. Ask the server&apos;s administrator to switch TLS on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server {server} is not the one confirmed for this workstation: its certificate&apos;s fingerprint is {found}, the confirmed one is {expected}. Kirjuri did not connect. Ask the server&apos;s administrator whether the certificate was renewed before confirming a new one.</source>
        <translation>The server {server} is not the one confirmed for this workstation: its certificate&apos;s fingerprint is {found}, the confirmed one is {expected}. Kirjuri did not connect. Ask the server&apos;s administrator whether the certificate was renewed before confirming a new one.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server {server} cannot be reached. Check the address and the network connection.</source>
        <translation>The server {server} cannot be reached. Check the address and the network connection.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/published.py" line="+28"/>
        <source>That published statement is not in the register.</source>
        <translation>That published statement is not in the register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kept copy of that statement does not match its SHA-256: it was changed outside Kirjuri. Restore a backup.</source>
        <translation>The kept copy of that statement does not match its SHA-256: it was changed outside Kirjuri. Restore a backup.</translation>
    </message>
    <message>
        <location filename="../desktop/services/server/moving.py" line="+41"/>
        <source>Only a main user can move the register to a server or export it from one.</source>
        <translation>Only a main user can move the register to a server or export it from one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This register is already on a server.</source>
        <translation>This register is already on a server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This register is a file, not on a server: make a backup to copy it.</source>
        <translation>This register is a file, not on a server: make a backup to copy it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The register was copied to {address} and checked, but this file could not be marked as moved (the disk may be full or read-only). Work in the register on the server (key file {keys}) and do not change this file any more.</source>
        <translation>The register was copied to {address} and checked, but this file could not be marked as moved (the disk may be full or read-only). Work in the register on the server (key file {keys}) and do not change this file any more.</translation>
    </message>
    <message>
        <location filename="../desktop/store/register_copy.py" line="+45"/>
        <source>The target {target} already holds tables. A register is moved only into an empty database (or a new file). Nothing was changed.</source>
        <translation>The target {target} already holds tables. A register is moved only into an empty database (or a new file). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The register holds a table this Kirjuri does not know ({table}). Update Kirjuri before moving it. Nothing was changed.</source>
        <translation>The register holds a table this Kirjuri does not know ({table}). Update Kirjuri before moving it. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy did not match the register ({table}), so it was not kept. Nothing was changed.</source>
        <translation>The copy did not match the register ({table}), so it was not kept. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file kept in the register does not match its stored SHA-256 ({what}): the register may be damaged or edited. Run kirjuri check. Nothing was changed.</source>
        <translation>A file kept in the register does not match its stored SHA-256 ({what}): the register may be damaged or edited. Run kirjuri check. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/store/register_move.py" line="+68"/>
        <source>This register was moved to the office server ({address}) on {date} and is kept here read-only. Make changes in the register on the server.</source>
        <translation>This register was moved to the office server ({address}) on {date} and is kept here read-only. Make changes in the register on the server.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_admin.py" line="+28"/>
        <source>{address} is not a PostgreSQL address. Give it as postgresql://server/database.</source>
        <translation>{address} is not a PostgreSQL address. Give it as postgresql://server/database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not connect to the server {address}, or the connection was cut. Check the address, the user name and the password, and that the server is running. Nothing was changed.</source>
        <translation>Could not connect to the server {address}, or the connection was cut. Check the address, the user name and the password, and that the server is running. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_login.py" line="+34"/>
        <source>The register on the server {server} cannot be opened from this workstation yet: its key slots are not on the server. The main user logs in once on the workstation the register was moved from; after that every workstation can log in.</source>
        <translation>The register on the server {server} cannot be opened from this workstation yet: its key slots are not on the server. The main user logs in once on the workstation the register was moved from; after that every workstation can log in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup file of a register on the office server cannot be made from a workstation yet. The server&apos;s own backups keep the register safe: ask its administrator.</source>
        <translation>A backup file of a register on the office server cannot be made from a workstation yet. The server&apos;s own backups keep the register safe: ask its administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup is not restored over the register on the office server from a workstation. The server&apos;s administrator restores it into a new, empty database on the server (kirjuri restore --url). To use a backup as a register file on this computer, choose &quot;Register file on this computer&quot; in the login window and restore it there.</source>
        <translation>A backup is not restored over the register on the office server from a workstation. The server&apos;s administrator restores it into a new, empty database on the server (kirjuri restore --url). To use a backup as a register file on this computer, choose &quot;Register file on this computer&quot; in the login window and restore it there.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the office server, the main user gives you a new password (Administration → Users). Your password was not changed.</source>
        <translation>On the office server, the main user gives you a new password (Administration → Users). Your password was not changed.</translation>
    </message>
    <message>
        <location filename="../desktop/store/server_profile.py" line="+37"/>
        <source>“{address}” is not a server address Kirjuri understands. Give the server&apos;s name or IP address, the port (usually 5432) and the database&apos;s name.</source>
        <translation>“{address}” is not a server address Kirjuri understands. Give the server&apos;s name or IP address, the port (usually 5432) and the database&apos;s name.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/customers/exporting.py" line="+68"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Business ID (Y-tunnus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality of residence</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer status</source>
        <translation>Customer status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: street</source>
        <translation>Work address: street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: postal code</source>
        <translation>Work address: postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: post office</source>
        <translation>Work address: post office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work address: country</source>
        <translation>Work address: country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address kind</source>
        <translation>Address kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other addresses</source>
        <translation>Other addresses</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/customers/export_dialog.py" line="+47"/>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customers the list shows now are written to a file. The file is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>The customers the list shows now are written to a file. The file is not encrypted: keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 for phones and Outlook (.vcf)</source>
        <translation>vCard 3.0 for phones and Outlook (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV (.csv)</source>
        <translation>Google Contacts CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook CSV (.csv)</source>
        <translation>Outlook CSV (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (fi): Finnish headers, one value per cell (.xlsx)</source>
        <translation>Excel (fi): Finnish headers, one value per cell (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (fi) as CSV (.csv)</source>
        <translation>Excel (fi) as CSV (.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include customers whose processing is restricted</source>
        <translation>Include customers whose processing is restricted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customers.csv</source>
        <translation>customers.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty if the file stays with you; otherwise who gets it</source>
        <translation>Empty if the file stays with you; otherwise who gets it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a main user may export customer data.</source>
        <translation>Only a main user may export customer data.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards (*.vcf)</source>
        <translation>Contact cards (*.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer list: names, email addresses, phone numbers and addresses</source>
        <translation>Customer list: names, email addresses, phone numbers and addresses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {count} customers to {path}.</source>
        <translation>Exported {count} customers to {path}.</translation>
    </message>
</context>
<context>
    <name>FirstStepsBox</name>
    <message>
        <location filename="../desktop/ui/dashboard/first_steps.py" line="+32"/>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fill in the register description: what you keep and why. The privacy statement is made from it.</source>
        <translation>Fill in the register description: what you keep and why. The privacy statement is made from it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register description</source>
        <translation>Register description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add your customers one by one, or import them from a spreadsheet.</source>
        <translation>Add your customers one by one, or import them from a spreadsheet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the first backup onto a USB stick, and keep it apart from the computer.</source>
        <translation>Make the first backup onto a USB stick, and keep it apart from the computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the recovery sheet and keep it in a safe place. If it was not printed or is lost, make a new recovery key under Users.</source>
        <translation>Print the recovery sheet and keep it in a safe place. If it was not printed or is lost, make a new recovery key under Users.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../desktop/ui/help/guide.py" line="+120"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HandlingTab</name>
    <message>
        <location filename="../desktop/ui/requests/handling.py" line="+105"/>
        <source>Record how the identity was checked first (Identity and deadline).</source>
        <translation>Record how the identity was checked first (Identity and deadline).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show the data extract…</source>
        <translation>Show the data extract…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectify…</source>
        <translation>Rectify…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse a change…</source>
        <translation>Refuse a change…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a supplementary statement…</source>
        <translation>Record a supplementary statement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview the erasure…</source>
        <translation>Preview the erasure…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restrict processing…</source>
        <translation>Restrict processing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan lifting…</source>
        <translation>Plan lifting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Lift the restriction</source>
        <translation>Lift the restriction</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Export the data…</source>
        <translation>Export the data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the objection…</source>
        <translation>Record the objection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban direct marketing…</source>
        <translation>Ban direct marketing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw consent…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Data extract</source>
        <translation>Data extract</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: “{new}” not changed — {reason}</source>
        <translation>{field}: “{new}” not changed — {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The data is kept but not used for marketing, mailings or exports until the restriction is lifted.</source>
        <translation>The data is kept but not used for marketing, mailings or exports until the restriction is lifted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <location line="+65"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Plan lifting the restriction</source>
        <translation>Plan lifting the restriction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person is told before the restriction is lifted. Write why it will be lifted; then draft the notice letter on the Letters tab and send it.</source>
        <translation>The person is told before the restriction is lifted. Write why it will be lifted; then draft the notice letter on the Letters tab and send it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lift the restriction of processing? The data may then be used as before.</source>
        <translation>Lift the restriction of processing? The data may then be used as before.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>As the main user you may let this request go on without a checked identity. Your reason is recorded with the request and in the audit log.</source>
        <translation>As the main user you may let this request go on without a checked identity. Your reason is recorded with the request and in the audit log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override with a reason…</source>
        <translation>Override with a reason…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override the identity check</source>
        <translation>Override the identity check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why may the request be handled without a checked identity? For example: you know the person and spoke with them.</source>
        <translation>Why may the request be handled without a checked identity? For example: you know the person and spoke with them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override and record the decision</source>
        <translation>Override and record the decision</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where to save the file</source>
        <translation>Where to save the file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved {name}
SHA-256: {sha256}</source>
        <translation>Saved {name}
SHA-256: {sha256}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted (AES-256); the password goes separately.</source>
        <translation>Encrypted (AES-256); the password goes separately.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which processing does the person object to? It stops for them.</source>
        <translation>Which processing does the person object to? It stops for them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the objection</source>
        <translation>Record the objection</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a ban on direct marketing? The person is left out of every marketing channel from now on.</source>
        <translation>Record a ban on direct marketing? The person is left out of every marketing channel from now on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban direct marketing</source>
        <translation>Ban direct marketing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawal of consent</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which consents does the person withdraw? Earlier use stays lawful.</source>
        <translation>Which consents does the person withdraw? Earlier use stays lawful.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../desktop/ui/customers/statement_handout.py" line="+68"/>
        <source>Give privacy statement</source>
        <translation>Give privacy statement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer gets version {version}, last updated {date}.</source>
        <translation>The customer gets version {version}, last updated {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register description has not been saved yet: the customer gets the template.</source>
        <translation>The register description has not been saved yet: the customer gets the template.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print and record…</source>
        <translation>Print and record…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF and record…</source>
        <translation>Save PDF and record…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record only</source>
        <translation>Record only</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Privacy statement</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>privacy-statement.pdf</source>
        <translation>privacy-statement.pdf</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../desktop/ui/customers/history_tab.py" line="+40"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register keeps who did what and which fields changed, never the values.</source>
        <translation>The register keeps who did what and which fields changed, never the values.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who has viewed this customer…</source>
        <translation>Who has viewed this customer…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop/services/customers/import_warnings.py" line="+3"/>
        <source>earlier banned direct marketing</source>
        <translation>earlier banned direct marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier erased</source>
        <translation>earlier erased</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/flags.py" line="+15"/>
        <source>holds a line break</source>
        <translation>holds a line break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a control character</source>
        <translation>holds a control character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds separators, as if several columns were in it</source>
        <translation>holds separators, as if several columns were in it</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="-26"/>
        <source>Cells beyond the 512th column were not read: a customer file has fewer columns.</source>
        <translation>Cells beyond the 512th column were not read: a customer file has fewer columns.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/ldif_reader.py" line="+21"/>
        <source>Mailing lists in the file are not customers and were left out.</source>
        <translation>Mailing lists in the file are not customers and were left out.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="+50"/>
        <source>not a phone number Kirjuri can read: kept as written in the notes</source>
        <translation>not a phone number Kirjuri can read: kept as written in the notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fax or pager number: kept in the notes</source>
        <translation>a fax or pager number: kept in the notes</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/column_contents.py" line="+17"/>
        <source>Column {column} looks like email addresses and is not imported.</source>
        <translation>Column {column} looks like email addresses and is not imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {column} looks like phone numbers and is not imported.</source>
        <translation>Column {column} looks like phone numbers and is not imported.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/customers/import_dialog.py" line="+77"/>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a CSV file, an Excel workbook or contact cards.</source>
        <translation>Choose a CSV file, an Excel workbook or contact cards.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the customer field for each column. The first rows are shown.</source>
        <translation>Choose the customer field for each column. The first rows are shown.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import these columns too</source>
        <translation>Import these columns too</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave out people who earlier banned direct marketing or whose data was erased</source>
        <translation>Leave out people who earlier banned direct marketing or whose data was erased</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out possible duplicates</source>
        <translation>Leave out possible duplicates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report of rejected rows…</source>
        <translation>Save report of rejected rows…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer files (*.csv *.txt *.xlsx *.vcf *.vcard *.ldif);;All files (*)</source>
        <translation>Customer files (*.csv *.txt *.xlsx *.vcf *.vcard *.ldif);;All files (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: {encoding} · Separator: {delimiter} · Rows: {rows}</source>
        <translation>Encoding: {encoding} · Separator: {delimiter} · Rows: {rows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows: {rows}</source>
        <translation>Rows: {rows}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press Check to see what would be imported.</source>
        <translation>Press Check to see what would be imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows in the file: {rows} = accepted {accepted} + rejected {rejected} · To add: {added} · Possible duplicates: {duplicates} · Earlier banned or erased: {suppressed} · Rows to look at: {flagged}</source>
        <translation>Rows in the file: {rows} = accepted {accepted} + rejected {rejected} · To add: {added} · Possible duplicates: {duplicates} · Earlier banned or erased: {suppressed} · Rows to look at: {flagged}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read as an export of {program}.</source>
        <translation>Read as an export of {program}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of the rejected, unreadable contacts: {count}</source>
        <translation>Of the rejected, unreadable contacts: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns with data that are not imported: {columns}</source>
        <translation>Columns with data that are not imported: {columns}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/import_findings.py" line="+20"/>
        <source>Row {row}: {what}</source>
        <translation>Row {row}: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check: {cells}</source>
        <translation>check: {cells}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: {reasons}</source>
        <translation>rejected: {reasons}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>customer {number} {name}</source>
        <translation>customer {number} {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>possible duplicate ({reasons}) of {who}</source>
        <translation>possible duplicate ({reasons}) of {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/import_dialog.py" line="+28"/>
        <source>Save report of rejected rows</source>
        <translation>Save report of rejected rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected-rows.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {count} rejected rows to {path}. Fix them there and import that file.</source>
        <translation>Saved {count} rejected rows to {path}. Fix them there and import that file.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added {added} customers. Left out: {skipped}. Rejected: {rejected}.</source>
        <translation>Added {added} customers. Left out: {skipped}. Rejected: {rejected}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="+55"/>
        <source>Swedish texts of the Finnish sections in the editor</source>
        <translation>Swedish texts of the Finnish sections in the editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English texts of the Finnish sections in the editor</source>
        <translation>English texts of the Finnish sections in the editor</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import an existing statement</source>
        <translation>Import an existing statement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text begins</source>
        <translation>Text begins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes with the Finnish section</source>
        <translation>Goes with the Finnish section</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Finnish statement (replaces the sections)</source>
        <translation>The Finnish statement (replaces the sections)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title: {title}
Date line: {date}</source>
        <translation>Title: {title}
Date line: {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave these paragraphs out of the statement</source>
        <translation>Leave these paragraphs out of the statement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add them to the introduction</source>
        <translation>Add them to the introduction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take into the editor</source>
        <translation>Take into the editor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement as read</source>
        <translation>The statement as read</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections in Kirjuri, in this order</source>
        <translation>Sections in Kirjuri, in this order</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import as:</source>
        <translation>Import as:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kirjuri could not place these paragraphs (page numbers and the like):</source>
        <translation>Kirjuri could not place these paragraphs (page numbers and the like):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Each section is matched to a Finnish section in order, as the table shows. The Finnish texts stay as they are.</source>
        <translation>Each section is matched to a Finnish section in order, as the table shows. The Finnish texts stay as they are.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This statement has {found} sections and the Finnish one {expected}: they are matched in order, so there must be as many. Nothing can be imported as it is; correct the headings in the file, or import it as the Finnish statement.</source>
        <translation>This statement has {found} sections and the Finnish one {expected}: they are matched in order, so there must be as many. Nothing can be imported as it is; correct the headings in the file, or import it as the Finnish statement.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="+16"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (first and last)</source>
        <translation>Full name (first and last)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business ID (Y-tunnus)</source>
        <translation>Business ID (Y-tunnus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work email</source>
        <translation>Work email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home phone</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work address: street</source>
        <translation>Work address: street</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work address: postal code</source>
        <translation>Work address: postal code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work address: post office</source>
        <translation>Work address: post office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work address: country</source>
        <translation>Work address: country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: street</source>
        <translation>Other address: street</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: postal code</source>
        <translation>Other address: postal code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: post office</source>
        <translation>Other address: post office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address: country</source>
        <translation>Other address: country</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address kind</source>
        <translation>Address kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other addresses</source>
        <translation>Other addresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax (kept in the notes)</source>
        <translation>Fax (kept in the notes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pager (kept in the notes)</source>
        <translation>Pager (kept in the notes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole address in one cell</source>
        <translation>Whole address in one cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of the next columns (home, work)</source>
        <translation>Kind of the next columns (home, work)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Municipality of residence</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer status</source>
        <translation>Customer status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— do not import —</source>
        <translation>— do not import —</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/documents/labels.py" line="+77"/>
        <source>At least one.</source>
        <translation>At least one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label must be at least 15 mm.</source>
        <translation>A label must be at least 15 mm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be negative.</source>
        <translation>Cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels, margin and gaps are wider than A4 (210 mm).</source>
        <translation>The labels, margin and gaps are wider than A4 (210 mm).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels, margin and gaps are taller than A4 (297 mm).</source>
        <translation>The labels, margin and gaps are taller than A4 (297 mm).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3 × 8 labels, 70 × 37 mm</source>
        <translation>3 × 8 labels, 70 × 37 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 7 labels, 99.1 × 38.1 mm</source>
        <translation>2 × 7 labels, 99.1 × 38.1 mm</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../desktop/ui/customers/labels_dialog.py" line="+89"/>
        <source>Print address labels</source>
        <translation>Print address labels</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Own sheet…</source>
        <translation>Own sheet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a sheet already partly used, start at this label.</source>
        <translation>On a sheet already partly used, start at this label.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Own sheet (millimetres)</source>
        <translation>Own sheet (millimetres)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label width</source>
        <translation>Label width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label height</source>
        <translation>Label height</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Gap between columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Gap between rows</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Label sheet</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n customer(s) in the list.</source>
        <translation>
            <numerusform>%n customer in the list.</numerusform>
            <numerusform>%n customers in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>on %n sheet(s).</source>
        <translation>
            <numerusform>on %n sheet.</numerusform>
            <numerusform>on %n sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n banned direct marketing by post</source>
        <translation>
            <numerusform>%n banned direct marketing by post</numerusform>
            <numerusform>%n banned direct marketing by post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with processing restricted</source>
        <translation>
            <numerusform>%n with processing restricted</numerusform>
            <numerusform>%n with processing restricted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without a postal address</source>
        <translation>
            <numerusform>%n without a postal address</numerusform>
            <numerusform>%n without a postal address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left out: {reasons}.</source>
        <translation>
            <numerusform>%n left out: {reasons}.</numerusform>
            <numerusform>%n left out: {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody was left out.</source>
        <translation>Nobody was left out.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save labels as PDF</source>
        <translation>Save labels as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address-labels.pdf</source>
        <translation>address-labels.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The labels were saved in {path}.</source>
        <translation>The labels were saved in {path}.</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../desktop/ui/documents/actions.py" line="+42"/>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the business&apos;s digital signature to the PDF? Use it when the letter is sent by email; a printed letter is signed by hand.</source>
        <translation>Add the business&apos;s digital signature to the PDF? Use it when the letter is sent by email; a printed letter is signed by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign digitally</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without</source>
        <translation>Save without</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter was saved, digitally signed, as {path}.</source>
        <translation>The letter was saved, digitally signed, as {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter was saved as {path}.</source>
        <translation>The letter was saved as {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply {diary_number}</source>
        <translation>Reply {diary_number}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/extract.py" line="+18"/>
        <source>Data extract</source>
        <translation>Data extract</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the data extract as PDF</source>
        <translation>Save the data extract as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-extract.pdf</source>
        <translation>data-extract.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The extract was saved as {path}.</source>
        <translation>The extract was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../desktop/core/letters.py" line="+51"/>
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for identification</source>
        <translation>Request for identification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension notice</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access reply with the data appendix</source>
        <translation>Access reply with the data appendix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification done</source>
        <translation>Rectification done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused (certificate)</source>
        <translation>Rectification refused (certificate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erasure done</source>
        <translation>Erasure done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction confirmed</source>
        <translation>Restriction confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection or marketing ban confirmed</source>
        <translation>Objection or marketing ban confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portability cover letter</source>
        <translation>Portability cover letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal with reasons (Art. 12(4))</source>
        <translation>Refusal with reasons (Art. 12(4))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure refused (Art. 17)</source>
        <translation>Erasure refused (Art. 17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection: processing continues (Art. 21(1))</source>
        <translation>Objection: processing continues (Art. 21(1))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawal confirmed (Art. 7(3))</source>
        <translation>Consent withdrawal confirmed (Art. 7(3))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice before lifting a restriction (Art. 18(3))</source>
        <translation>Notice before lifting a restriction (Art. 18(3))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice to a recipient (Art. 19)</source>
        <translation>Notice to a recipient (Art. 19)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority letter</source>
        <translation>Priority letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered letter</source>
        <translation>Registered letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over in person</source>
        <translation>Handed over in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../desktop/ui/documents/labels.py" line="+51"/>
        <source>within the deadline {due}</source>
        <translation>within the deadline {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER the deadline {due}</source>
        <translation>AFTER the deadline {due}</translation>
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
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary no.</source>
        <translation>Diary no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
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
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New letter</source>
        <translation>New letter</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The letter</source>
        <translation>The letter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclosures</source>
        <translation>Enclosures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who receives the letter besides the recipient, one a line</source>
        <translation>Who receives the letter besides the recipient, one a line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (the first line is the subject)</source>
        <translation>Text (the first line is the subject)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign and print…</source>
        <translation>Sign and print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print again…</source>
        <translation>Print again…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose a letter above, or make a new one.</source>
        <translation>Choose a letter above, or make a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: edit the text, look at the preview, then sign and print.</source>
        <translation>Draft: edit the text, look at the preview, then sign and print.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed {when} by {who}. SHA-256: {sha}</source>
        <translation>Signed {when} by {who}. SHA-256: {sha}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent: {sent}</source>
        <translation>Sent: {sent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not marked as sent yet.</source>
        <translation>Not marked as sent yet.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Preview: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign this letter as {name}? The signed letter is kept in the register exactly as it prints, and it cannot be changed afterwards.</source>
        <translation>Sign this letter as {name}? The signed letter is kept in the register exactly as it prints, and it cannot be changed afterwards.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and print</source>
        <translation>Sign and print</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{letter}, signed {when}.</source>
        <translation>{letter}, signed {when}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="+157"/>
        <source>Log a request</source>
        <translation>Log a request</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What exactly was asked, in their words</source>
        <translation>What exactly was asked, in their words</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for</source>
        <translation>Asks for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>What was asked</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer&apos;s language</source>
        <translation>The customer&apos;s language</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>d.m.yyyy</source>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h.mm</source>
        <translation>h.mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The request was received on {day}, more than a month ago. Its one-month deadline may already have passed. Is the date right?</source>
        <translation>The request was received on {day}, more than a month ago. Its one-month deadline may already have passed. Is the date right?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date is right</source>
        <translation>The date is right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the date</source>
        <translation>Correct the date</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Written and signed by hand</source>
        <translation>Written and signed by hand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only if someone acts for the person</source>
        <translation>Only if someone acts for the person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: power of attorney dated 1.11.2026, guardian</source>
        <translation>For example: power of attorney dated 1.11.2026, guardian</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Attach the scanned original…</source>
        <translation>Attach the scanned original…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came by</source>
        <translation>Came by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in</source>
        <translation>Reply in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Log the request</source>
        <translation>Log the request</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The scanned original</source>
        <translation>The scanned original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/login.py" line="+315"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in to the office server {server}</source>
        <translation>Log in to the office server {server}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office server…</source>
        <translation>Office server…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register file on this computer</source>
        <translation>Register file on this computer</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location line="-250"/>
        <source>Log in to Kirjuri</source>
        <translation>Log in to Kirjuri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are remembered on this computer: press Log in.</source>
        <translation>You are remembered on this computer: press Log in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“Remember me” is not available: this computer has no secure password store.</source>
        <translation>“Remember me” is not available: this computer has no secure password store.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The main user has turned off “Remember me” for this register.</source>
        <translation>The main user has turned off “Remember me” for this register.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your password has changed. Log in with your password.</source>
        <translation>Your password has changed. Log in with your password.</translation>
    </message>
</context>
<context>
    <name>MainUserPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+68"/>
        <source>You, the main user</source>
        <translation>You, the main user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The main user may do everything, including adding other users. Everyone who uses Kirjuri gets their own user name and password later.</source>
        <translation>The main user may do everything, including adding other users. Everyone who uses Kirjuri gets their own user name and password later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the register</source>
        <translation>Create the register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example Entrepreneur</source>
        <translation>for example Entrepreneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a password of at least 10 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Choose a password of at least 10 characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+112"/>
        <location line="+167"/>
        <source>Demo register — the people in it are made up. Your own register is kept separately.</source>
        <translation>Demo register — the people in it are made up. Your own register is kept separately.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Create my own register…</source>
        <translation>Create my own register…</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My si&amp;gnature…</source>
        <translation>My si&amp;gnature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage</source>
        <translation>La&amp;nguage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kirjuri</source>
        <translation>&amp;About Kirjuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source> — DEMO REGISTER</source>
        <translation> — DEMO REGISTER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — office server {server}</source>
        <translation> — office server {server}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>No connection to the office&apos;s server. Kirjuri keeps trying; what you type is kept until it can be saved.</source>
        <translation>No connection to the office&apos;s server. Kirjuri keeps trying; what you type is kept until it can be saved.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The backup was restored. Log in to the register.</source>
        <translation>The backup was restored. Log in to the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/session.py" line="+93"/>
        <source>Locked. {name} is logged in.</source>
        <translation>Locked. {name} is logged in.</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{name} left changes that are not saved. Keep them?</source>
        <translation>{name} left changes that are not saved. Keep them?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save their changes</source>
        <translation>Save their changes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard their changes</source>
        <translation>Discard their changes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some changes are not saved. Save them now?</source>
        <translation>Some changes are not saved. Save them now?</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../desktop/ui/requests/sent_dialog.py" line="+46"/>
        <location line="+27"/>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>e.g. JJFI12345678901234</source>
        <translation>e.g. JJFI12345678901234</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the final reply: close the request (identity copies are deleted)</source>
        <translation>This is the final reply: close the request (identity copies are deleted)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../desktop/ui/customers/merge_dialog.py" line="+25"/>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the record to keep. The other record&apos;s contact details, consents, contact history, orders and attachments are moved to it, and the other record is removed. This cannot be undone.</source>
        <translation>Choose the record to keep. The other record&apos;s contact details, consents, contact history, orders and attachments are moved to it, and the other record is removed. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {name} (customer {number})</source>
        <translation>Keep {name} (customer {number})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge</source>
        <translation>Merge</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/admin/user_dialog.py" line="+126"/>
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../desktop/ui/admin/recovery_key_dialog.py" line="+32"/>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new key</source>
        <translation>Make a new key</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Make a new recovery key when the recovery sheet is lost or someone else may have seen it. The old key stops opening the register at once.

Backups made before now still open with the old key (and with the passwords valid then): keep the old sheet until those backups have been replaced.

Type your own password to confirm.</source>
        <translation>Make a new recovery key when the recovery sheet is lost or someone else may have seen it. The old key stops opening the register at once.

Backups made before now still open with the old key (and with the passwords valid then): keep the old sheet until those backups have been replaced.

Type your own password to confirm.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is not right.</source>
        <translation>The password is not right.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../desktop/ui/customers/orders_tab.py" line="+133"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit order</source>
        <translation>Edit order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d.m.yyyy</source>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 12,50</source>
        <translation>for example 12,50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: 31.12. of the order&apos;s year</source>
        <translation>empty: 31.12. of the order&apos;s year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial period ends</source>
        <translation>Financial period ends</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location line="-109"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial period ends</source>
        <translation>Financial period ends</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add order…</source>
        <translation>Add order…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete the order of {date} ({amount})?</source>
        <translation>Delete the order of {date} ({amount})?</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../desktop/ui/requests/portability_dialogs.py" line="+29"/>
        <source>Export the data</source>
        <translation>Export the data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds the person&apos;s data. A USB stick in the post can be lost: encrypt the file and give the password apart from the stick. The person opens it with the free 7-Zip or a similar program; the cover letter tells them how.</source>
        <translation>The file holds the person&apos;s data. A USB stick in the post can be lost: encrypt the file and give the password apart from the stick. The person opens it with the free 7-Zip or a similar program; the cover letter tells them how.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt; send the password in a separate letter</source>
        <translation>Encrypt; send the password in a separate letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt; tell the password by telephone</source>
        <translation>Encrypt; tell the password by telephone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not encrypt (handed over in person)</source>
        <translation>Do not encrypt (handed over in person)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the file…</source>
        <translation>Save the file…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="+31"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register description</source>
        <translation>Register description</translation>
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
        <translation>Password of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of {name}:</source>
        <translation>The password of {name}:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the password letter now and post it separately from the stick. Kirjuri does not keep the password: after this window it cannot be shown again.</source>
        <translation>Print the password letter now and post it separately from the stick. Kirjuri does not keep the password: after this window it cannot be shown again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the password to the person by telephone, after making sure you are speaking to them. Kirjuri does not keep the password: after this window it cannot be shown again.</source>
        <translation>Tell the password to the person by telephone, after making sure you are speaking to them. Kirjuri does not keep the password: after this window it cannot be shown again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print the password letter…</source>
        <translation>Print the password letter…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../desktop/ui/documents/preview.py" line="+105"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="-120"/>
        <source>Remove the stored identity code</source>
        <translation>Remove the stored identity code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown masked. Type a new code to replace the stored one.</source>
        <translation>Shown masked. Type a new code to replace the stored one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../desktop/ui/printing.py" line="+78"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The printer could not print the document.</source>
        <translation>The printer could not print the document.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+30"/>
        <source>Kirjuri cannot write the file {path}. Check the folder and its permissions.</source>
        <translation>Kirjuri cannot write the file {path}. Check the folder and its permissions.</translation>
    </message>
</context>
<context>
    <name>PrivacyContactFields</name>
    <message>
        <location filename="../desktop/ui/widgets/privacy_contact.py" line="+24"/>
        <source>Leave empty if it is you</source>
        <translation>Leave empty if it is you</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person for data protection</source>
        <translation>Contact person for data protection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person&apos;s email</source>
        <translation>Contact person&apos;s email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person&apos;s phone</source>
        <translation>Contact person&apos;s phone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, address:</source>
        <translation>Yes, address:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Do you have a web site?</source>
        <translation>Do you have a web site?</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="-77"/>
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The privacy statement names a contact person and describes the cookies of your web site. All of these can be left empty and changed later in Administration.</source>
        <translation>The privacy statement names a contact person and describes the cookies of your web site. All of these can be left empty and changed later in Administration.</translation>
    </message>
</context>
<context>
    <name>PublishedDialog</name>
    <message>
        <location filename="../desktop/ui/statement/published_dialog.py" line="+42"/>
        <source>Published statements</source>
        <translation>Published statements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every statement printed or saved is kept here as it went out. Open one, or save it again: the file is the same to the byte (compare its SHA-256).</source>
        <translation>Every statement printed or saved is kept here as it went out. Open one, or save it again: the file is the same to the byte (compare its SHA-256).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How, by whom</source>
        <translation>How, by whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No statement has been published yet.</source>
        <translation>No statement has been published yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save again…</source>
        <translation>Save again…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Privacy statement, version {version}</source>
        <translation>Privacy statement, version {version}</translation>
    </message>
</context>
<context>
    <name>PublishedStatements</name>
    <message>
        <location line="-104"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Printed</translation>
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
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+1"/>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-44"/>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
</context>
<context>
    <name>RecipientsTable</name>
    <message>
        <location filename="../desktop/ui/statement/sections.py" line="+192"/>
        <source>The same in every language: change it in Finnish.</source>
        <translation>The same in every language: change it in Finnish.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/recovery.py" line="+30"/>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery key from the recovery sheet kept in your safe. Then choose a main user and give them a new password.</source>
        <translation>Type the recovery key from the recovery sheet kept in your safe. Then choose a main user and give them a new password.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main user</source>
        <translation>Main user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+81"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is shown only once. Write it down or print it now.</source>
        <translation>This is shown only once. Write it down or print it now.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../desktop/ui/widgets/recovery_key_panel.py" line="+21"/>
        <source>If every password is forgotten, this key is the only way to open the register. Write it on paper (or print this page), and keep the paper in a safe or a locked drawer — not on this computer and not with the backups.</source>
        <translation>If every password is forgotten, this key is the only way to open the register. Write it on paper (or print this page), and keep the paper in a safe or a locked drawer — not on this computer and not with the backups.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I have written down the recovery key and will keep it in a safe place.</source>
        <translation>I have written down the recovery key and will keep it in a safe place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save it only on a USB stick that goes into the safe with the paper.</source>
        <translation>Save it only on a USB stick that goes into the safe with the paper.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-55"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Refuse a rectification</source>
        <translation>Refuse a rectification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectify the data</source>
        <translation>Rectify the data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value asked for</source>
        <translation>Value asked for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct value</source>
        <translation>Correct value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it is not changed</source>
        <translation>Why it is not changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectify</source>
        <translation>Rectify</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the correct value.</source>
        <translation>Write the correct value.</translation>
    </message>
</context>
<context>
    <name>RelationshipTab</name>
    <message>
        <location filename="../desktop/ui/customers/form_tabs.py" line="+193"/>
        <source>d.m.yyyy</source>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Separate with commas: VIP, Lunch</source>
        <translation>Separate with commas: VIP, Lunch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Given when saved</source>
        <translation>Given when saved</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message numerus="yes">
        <location filename="../desktop/ui/dashboard/reminder.py" line="+16"/>
        <source>%n request(s) due within 7 days or already late.</source>
        <translation>
            <numerusform>%n request is due within 7 days or already late.</numerusform>
            <numerusform>%n requests are due within 7 days or already late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>%n of them is overdue.</numerusform>
            <numerusform>%n of them are overdue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Requests due soon</source>
        <translation>Requests due soon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard lists them by due date, the most urgent first.</source>
        <translation>The dashboard lists them by due date, the most urgent first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dashboard</source>
        <translation>Open the dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../desktop/ui/requests/detail_dialog.py" line="+66"/>
        <source>Password by a separate letter</source>
        <translation>Password by a separate letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password by telephone</source>
        <translation>Password by telephone</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity and deadline</source>
        <translation>Identity and deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered…</source>
        <translation>Answered…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the request…</source>
        <translation>Refuse the request…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+333"/>
        <source>Close the request</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for</source>
        <translation>Asks for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>What was asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came by</source>
        <translation>Came by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by hand</source>
        <translation>Signed by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply in</source>
        <translation>Reply in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How, if not plain from the method</source>
        <translation>How, if not plain from the method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was checked</source>
        <translation>How it was checked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the identity check</source>
        <translation>Record the identity check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for identification</source>
        <translation>Waiting for identification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline keeps running while the person is asked to identify themselves.</source>
        <translation>The deadline keeps running while the person is asked to identify themselves.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two further months (Art. 12(3)), once, before the first deadline.</source>
        <translation>Two further months (Art. 12(3)), once, before the first deadline.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request {number}</source>
        <translation>Request {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} · {requester}</source>
        <translation>{number} · {requester}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checked {when} by {who}: {method}</source>
        <translation>Checked {when} by {who}: {method}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received {when}.</source>
        <translation>Received {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due {date}.</source>
        <translation>Reply due {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extended on {date}: {reason}</source>
        <translation>Extended on {date}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answered on {date}.</source>
        <translation>Answered on {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply sent: {sent}</source>
        <translation>Reply sent: {sent}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ask for identification</source>
        <translation>Ask for identification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What gives reasonable doubt that the requester is the person the data is about? The identification letter tells them, in these words.</source>
        <translation>What gives reasonable doubt that the requester is the person the data is about? The identification letter tells them, in these words.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasonable doubt</source>
        <translation>Reasonable doubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for identification</source>
        <translation>Wait for identification</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Extend the time to reply</source>
        <translation>Extend the time to reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply may be given two months later, if the request is complex or there are many. The person must be told of the extension and why within the first month.</source>
        <translation>The reply may be given two months later, if the request is complex or there are many. The person must be told of the extension and why within the first month.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the reply was sent. What was done can be written down here.</source>
        <translation>Record that the reply was sent. What was done can be written down here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as answered</source>
        <translation>Mark as answered</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Close request {number}? Copies of identity documents attached to it are deleted; the request and its event log are kept as proof of handling.</source>
        <translation>Close request {number}? Copies of identity documents attached to it are deleted; the request and its event log are kept as proof of handling.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen the request</source>
        <translation>Reopen the request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request goes back to in progress. The reopening is logged.</source>
        <translation>The request goes back to in progress. The reopening is logged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../desktop/ui/requests/labels.py" line="+36"/>
        <source>rectification</source>
        <translation>rectification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasure</source>
        <translation>erasure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objection</source>
        <translation>objection</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>access to data</source>
        <translation>access to data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restriction of processing</source>
        <translation>restriction of processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data portability</source>
        <translation>data portability</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct-marketing ban</source>
        <translation>direct-marketing ban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawal of consent</source>
        <translation>withdrawal of consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter drafted</source>
        <translation>Letter drafted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter draft discarded</source>
        <translation>Letter draft discarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter signed</source>
        <translation>Letter signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter printed</source>
        <translation>Letter printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter saved as PDF</source>
        <translation>Letter saved as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity checked</source>
        <translation>Identity checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time extended</source>
        <translation>Time extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment deleted</source>
        <translation>Attachment deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy attached</source>
        <translation>ID copy attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID copy deleted</source>
        <translation>ID copy deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data extract made</source>
        <translation>Data extract made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification refused</source>
        <translation>Rectification refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data erased</source>
        <translation>Data erased</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted</source>
        <translation>Processing restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction lifted</source>
        <translation>Restriction lifted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy saved</source>
        <translation>Portable copy saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable copy encrypted, password sent separately</source>
        <translation>Portable copy encrypted, password sent separately</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password letter printed</source>
        <translation>Password letter printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection recorded</source>
        <translation>Objection recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct marketing banned</source>
        <translation>Direct marketing banned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply address removed</source>
        <translation>Reply address removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal sent late, reason recorded</source>
        <translation>Refusal sent late, reason recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check overridden by the main user</source>
        <translation>Identity check overridden by the main user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Processing prohibited (objection upheld)</source>
        <translation>Processing prohibited (objection upheld)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifting of the restriction planned</source>
        <translation>Lifting of the restriction planned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplementary statement recorded</source>
        <translation>Supplementary statement recorded</translation>
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
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestListBox</name>
    <message>
        <location filename="../desktop/ui/dashboard/page.py" line="-312"/>
        <source>Diary no.</source>
        <translation>Diary no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the first {shown} shown</source>
        <translation>the first {shown} shown</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>can be lifted now</source>
        <translation>can be lifted now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {date}</source>
        <translation>from {date}</translation>
    </message>
</context>
<context>
    <name>RequesterPicker</name>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="-223"/>
        <source>A customer in the register</source>
        <translation>A customer in the register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person not in the register</source>
        <translation>A person not in the register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, customer number, email or phone</source>
        <translation>Search by name, customer number, email or phone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} · customer {number}</source>
        <translation>{name} · customer {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen: {customer}</source>
        <translation>Chosen: {customer}</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../desktop/core/requests.py" line="+84"/>
        <source>Access to data (Art. 15)</source>
        <translation>Access to data (Art. 15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification (Art. 16)</source>
        <translation>Rectification (Art. 16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure (Art. 17)</source>
        <translation>Erasure (Art. 17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction of processing (Art. 18)</source>
        <translation>Restriction of processing (Art. 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data portability (Art. 20)</source>
        <translation>Data portability (Art. 20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objection (Art. 21(1))</source>
        <translation>Objection (Art. 21(1))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct-marketing ban (Art. 21(2)–(3))</source>
        <translation>Direct-marketing ban (Art. 21(2)–(3))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal of consent (Art. 7(3))</source>
        <translation>Withdrawal of consent (Art. 7(3))</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for identification</source>
        <translation>Waiting for identification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In person, with an identity document</source>
        <translation>In person, with an identity document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature matches earlier correspondence</source>
        <translation>Signature matches earlier correspondence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number and address match</source>
        <translation>Customer number and address match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent from the email address in the register</source>
        <translation>Sent from the email address in the register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other (described)</source>
        <translation>Other (described)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: the main user decided to go on (reason recorded)</source>
        <translation>Not checked: the main user decided to go on (reason recorded)</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../desktop/ui/models/requests_model.py" line="+34"/>
        <source>Diary no.</source>
        <translation>Diary no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../desktop/ui/requests/page.py" line="+43"/>
        <source>Data-protection requests</source>
        <translation>Data-protection requests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <source>Log a request…</source>
        <translation>Log a request…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Log a request (Ctrl+N)</source>
        <translation>Log a request (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="+21"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../desktop/ui/customers/restriction.py" line="+56"/>
        <location line="+18"/>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The data of {name} is kept but not used for marketing, mailings or exports until the restriction is lifted.</source>
        <translation>The data of {name} is kept but not used for marketing, mailings or exports until the restriction is lifted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: the customer disputes the accuracy of the data (request 12/2026)</source>
        <translation>For example: the customer disputes the accuracy of the data (request 12/2026)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write down why processing is restricted.</source>
        <translation>Write down why processing is restricted.</translation>
    </message>
</context>
<context>
    <name>RestrictionBanner</name>
    <message>
        <location line="-52"/>
        <source>Processing restricted since {date}: {reason}</source>
        <translation>Processing restricted since {date}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data is kept but not used: the customer is left out of mailings and exports.</source>
        <translation>The data is kept but not used: the customer is left out of mailings and exports.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../desktop/core/retention.py" line="+59"/>
        <source>Order (accounting entry)</source>
        <translation>Order (accounting entry)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Invoice (accounting voucher)</source>
        <translation>Invoice (accounting voucher)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Order (accounting material)</source>
        <translation>Order (accounting material)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open invoice</source>
        <translation>Open invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer record under a legal hold</source>
        <translation>Customer record under a legal hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unanswered data-protection request</source>
        <translation>An unanswered data-protection request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request and its log</source>
        <translation>This request and its log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyed check values of the email addresses and phone numbers</source>
        <translation>Keyed check values of the email addresses and phone numbers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounting Act (Kirjanpitolaki) 2:10: vouchers and other accounting material are kept 6 years from the end of the year in which the financial period ended. GDPR Art. 17(3)(b).</source>
        <translation>Accounting Act (Kirjanpitolaki) 2:10: vouchers and other accounting material are kept 6 years from the end of the year in which the financial period ended. GDPR Art. 17(3)(b).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invoice is not paid: it is kept to collect the claim, and after payment as a voucher. GDPR Art. 17(3)(b) and (e).</source>
        <translation>The invoice is not paid: it is kept to collect the claim, and after payment as a voucher. GDPR Art. 17(3)(b) and (e).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The person asked for a direct-marketing ban (GDPR Art. 21(2)-(3)): the check values stop their contacts from being added back for marketing. The contacts cannot be read from them.</source>
        <translation>The person asked for a direct-marketing ban (GDPR Art. 21(2)-(3)): the check values stop their contacts from being added back for marketing. The contacts cannot be read from them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the invoice is paid, then until {date}</source>
        <translation>until the invoice is paid, then until {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the claim is settled or can no longer be made</source>
        <translation>until the claim is settled or can no longer be made</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until the request has been answered</source>
        <translation>until the request has been answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years from the end of the request&apos;s handling (Act on the Limitation of Debts, section 4)</source>
        <translation>3 years from the end of the request&apos;s handling (Act on the Limitation of Debts, section 4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until the person withdraws the ban</source>
        <translation>until the person withdraws the ban</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Needed for the establishment, exercise or defence of a legal claim. GDPR Art. 17(3)(e).</source>
        <translation>Needed for the establishment, exercise or defence of a legal claim. GDPR Art. 17(3)(e).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person&apos;s other request must still be answered (GDPR Art. 12(3)); the data it needs stays until then.</source>
        <translation>The person&apos;s other request must still be answered (GDPR Art. 12(3)); the data it needs stays until then.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proof that the request was handled (GDPR Art. 5(2) and 12): the diary number, dates, kinds, how identity was checked and what was done. The erased data is not in it.</source>
        <translation>Proof that the request was handled (GDPR Art. 5(2) and 12): the diary number, dates, kinds, how identity was checked and what was done. The erased data is not in it.</translation>
    </message>
    <message>
        <location filename="../desktop/core/retention_rules.py" line="+49"/>
        <source>Customer data</source>
        <translation>Customer data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects (potential customers)</source>
        <translation>Prospects (potential customers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact events (visits, letters, email)</source>
        <translation>Contact events (visits, letters, email)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone calls</source>
        <translation>Phone calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/retention/due.py" line="+42"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders (accounting material)</source>
        <translation>Orders (accounting material)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices (accounting vouchers)</source>
        <translation>Invoices (accounting vouchers)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after the customer relationship ended</source>
        <translation>after the customer relationship ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the last contact or being added</source>
        <translation>after the last contact or being added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the contact</source>
        <translation>after the contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the call</source>
        <translation>after the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the chat</source>
        <translation>after the chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after it was added</source>
        <translation>after it was added</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>after the end of the year in which the financial period ended</source>
        <translation>after the end of the year in which the financial period ended</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../desktop/services/retention/due.py" line="-2"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders and invoices</source>
        <translation>Orders and invoices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing restricted (GDPR Art. 18)</source>
        <translation>Processing restricted (GDPR Art. 18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open data-protection request</source>
        <translation>An open data-protection request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders must still be kept: the record is anonymised, not deleted</source>
        <translation>Orders must still be kept: the record is anonymised, not deleted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymised earlier; only the empty record is left</source>
        <translation>Anonymised earlier; only the empty record is left</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/deletion.py" line="-24"/>
        <source>Their data-protection requests and how they were handled</source>
        <translation>Their data-protection requests and how they were handled</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../desktop/ui/admin/retention_tab.py" line="+99"/>
        <source>How long each kind of record is kept. When the time is up, the record is listed under “Due for erasure”, where the main user reviews it before anything is erased. Untick a category to keep its records until you decide otherwise. Orders and invoices are kept at least as long as the Accounting Act requires.</source>
        <translation>How long each kind of record is kept. When the time is up, the record is listed under “Due for erasure”, where the main user reviews it before anything is erased. Untick a category to keep its records until you decide otherwise. Orders and invoices are kept at least as long as the Accounting Act requires.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for</source>
        <translation>Kept for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The defaults are the periods your register description names (for example “chats: 3 months”); where it names none, Kirjuri suggests one.</source>
        <translation>The defaults are the periods your register description names (for example “chats: 3 months”); where it names none, Kirjuri suggests one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the defaults</source>
        <translation>Use the defaults</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save retention rules</source>
        <translation>Save retention rules</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../desktop/core/roles.py" line="+46"/>
        <source>Main user</source>
        <translation>Main user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything, including users and settings</source>
        <translation>Everything, including users and settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers, requests, letters and printing</source>
        <translation>Customers, requests, letters and printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May view the register but not change it</source>
        <translation>May view the register but not change it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>viewing the register</source>
        <translation>viewing the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing customers</source>
        <translation>changing customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handling requests</source>
        <translation>handling requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing and printing letters</source>
        <translation>signing and printing letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exporting customer data</source>
        <translation>exporting customer data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managing users</source>
        <translation>managing users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing settings</source>
        <translation>changing settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editing the register description</source>
        <translation>editing the register description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewing the audit log</source>
        <translation>viewing the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making backups</source>
        <translation>making backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erasing records whose retention period has ended</source>
        <translation>erasing records whose retention period has ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting customers</source>
        <translation>deleting customers</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../desktop/ui/statement/section_list.py" line="+92"/>
        <source>Add a section of your own</source>
        <translation>Add a section of your own</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a section below</source>
        <translation>Insert a section below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with the next</source>
        <translation>Merge with the next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split in two…</source>
        <translation>Split in two…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new section starts at the paragraph the cursor is in (Finnish text).</source>
        <translation>The new section starts at the paragraph the cursor is in (Finnish text).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer safeguard</source>
        <translation>Transfer safeguard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a recipient</source>
        <translation>Add a recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected recipient</source>
        <translation>Remove the selected recipient</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Other topic</source>
        <translation>Other topic</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also about (merged in): {topics}</source>
        <translation>Also about (merged in): {topics}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section of your own</source>
        <translation>Section of your own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove section</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Heading in the statement:</source>
        <translation>Heading in the statement:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The Finnish text has changed since this translation was made; it is not printed until you update it or mark it checked. What changed:</source>
        <translation>The Finnish text has changed since this translation was made; it is not printed until you update it or mark it checked. What changed:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Recipient {row}: {problem}</source>
        <translation>Recipient {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/server_connect.py" line="+46"/>
        <source>Connect to the office server</source>
        <translation>Connect to the office server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register is on the office&apos;s server. Give its address as the main user or the server&apos;s administrator tells it. Kirjuri then shows the fingerprint of the server&apos;s certificate: compare it with the one they give you, character by character, before you connect. It makes sure this workstation talks to your own server and no other.</source>
        <translation>The register is on the office&apos;s server. Give its address as the main user or the server&apos;s administrator tells it. Kirjuri then shows the fingerprint of the server&apos;s certificate: compare it with the one they give you, character by character, before you connect. It makes sure this workstation talks to your own server and no other.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example palvelin.toimisto.local</source>
        <translation>for example palvelin.toimisto.local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the fingerprint</source>
        <translation>Show the fingerprint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AB:CD:… (64 characters)</source>
        <translation>AB:CD:… (64 characters)</translation>
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
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the server&apos;s certificate (SHA-256)</source>
        <translation>Fingerprint of the server&apos;s certificate (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint the main user gave you</source>
        <translation>Fingerprint the main user gave you</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type or paste the fingerprint the main user gave you.</source>
        <translation>Type or paste the fingerprint the main user gave you.</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <location filename="../desktop/ui/admin/server_tab.py" line="+53"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server administrator</source>
        <translation>Server administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s password</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the server…</source>
        <translation>Move to the server…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export into a file…</source>
        <translation>Export into a file…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This register is on the office server. You can export it into a new register file, so the office is never tied to the server.</source>
        <translation>This register is on the office server. You can export it into a new register file, so the office is never tied to the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This register is a file on this computer. Moving it to the office&apos;s PostgreSQL server copies everything into an empty database there, checks the copy and keeps this file read-only.</source>
        <translation>This register is a file on this computer. Moving it to the office&apos;s PostgreSQL server copies everything into an empty database there, checks the copy and keeps this file read-only.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%p % — {table}</source>
        <translation>%p % — {table}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the server&apos;s address first.</source>
        <translation>Give the server&apos;s address first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the whole register to {url}? The database there must be empty. This file is kept, but only for reading.</source>
        <translation>Move the whole register to {url}? The database there must be empty. This file is kept, but only for reading.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moved: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</source>
        <translation>Moved: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched. The register on the server opens with the key file {keys}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the register into a file</source>
        <translation>Export the register into a file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported into {path}: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched.</source>
        <translation>Exported into {path}: {rows} rows, {files} archived PDFs and attachments, {entries} audit entries in {seconds} s. Every count, every SHA-256 and the audit chain matched.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../desktop/core/settings.py" line="+123"/>
        <source>Lock automatically after this many idle minutes</source>
        <translation>Lock automatically after this many idle minutes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allow users to be remembered on this computer</source>
        <translation>Allow users to be remembered on this computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own customer fields (one per line)</source>
        <translation>Own customer fields (one per line)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep personal identity codes (shown masked)</source>
        <translation>Keep personal identity codes (shown masked)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups to keep on each drive</source>
        <translation>Backups to keep on each drive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind to back up after this many days</source>
        <translation>Remind to back up after this many days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days between the notice and lifting a restriction</source>
        <translation>Days between the notice and lifting a restriction</translation>
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
        <translation> days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only if the business really needs them, for example for credit. Codes are checked and shown masked (131052-****).</source>
        <translation>Only if the business really needs them, for example for credit. Codes are checked and shown masked (131052-****).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example:
Hobby
Shoe size</source>
        <translation>For example:
Hobby
Shoe size</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same as the computer</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The settings were saved.</source>
        <translation>The settings were saved.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The language of the login window and of users who have not chosen their own under File → Language.</source>
        <translation>The language of the login window and of users who have not chosen their own under File → Language.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language on this computer</source>
        <translation>Language on this computer</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="+36"/>
        <source>Create the register</source>
        <translation>Create the register</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/signature.py" line="+49"/>
        <source>My signature</source>
        <translation>My signature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name, title and scanned signature are printed in the signature block of the letters you sign. Scan your signature on white paper; a PNG or JPEG picture is fine.</source>
        <translation>Your name, title and scanned signature are printed in the signature block of the letters you sign. Scan your signature on white paper; a PNG or JPEG picture is fine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Entrepreneur</source>
        <translation>e.g. Entrepreneur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove picture</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No picture: the letters leave room to sign by hand.</source>
        <translation>No picture: the letters leave room to sign by hand.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the signature picture</source>
        <translation>Choose the signature picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is not a picture Kirjuri can read. Use PNG or JPEG.</source>
        <translation>The file is not a picture Kirjuri can read. Use PNG or JPEG.</translation>
    </message>
</context>
<context>
    <name>SignatureTab</name>
    <message>
        <location filename="../desktop/ui/admin/signature_tab.py" line="+37"/>
        <source>Letters sent by email can carry the business&apos;s digital signature (PAdES). Choose the business&apos;s certificate file (.p12 or .pfx) and type its passphrase. The file is kept encrypted in the register; the passphrase is kept only in this computer&apos;s keyring.</source>
        <translation>Letters sent by email can carry the business&apos;s digital signature (PAdES). Choose the business&apos;s certificate file (.p12 or .pfx) and type its passphrase. The file is kept encrypted in the register; the passphrase is kept only in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use this certificate</source>
        <translation>Use this certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the certificate</source>
        <translation>Remove the certificate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Digital signatures are not offered on this computer: it has no secure keyring (the system&apos;s password store) to keep the certificate&apos;s passphrase, and Kirjuri never stores it anywhere else.</source>
        <translation>Digital signatures are not offered on this computer: it has no secure keyring (the system&apos;s password store) to keep the certificate&apos;s passphrase, and Kirjuri never stores it anywhere else.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate in use: {subject}, issued by {issuer}, valid until {date}.</source>
        <translation>Certificate in use: {subject}, issued by {issuer}, valid until {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its passphrase is not on this computer: choose the file again to sign here.</source>
        <translation>Its passphrase is not on this computer: choose the file again to sign here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificate has been chosen.</source>
        <translation>No certificate has been chosen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the certificate</source>
        <translation>Choose the certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the certificate file first.</source>
        <translation>Choose the certificate file first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file is too large to be a certificate.</source>
        <translation>That file is too large to be a certificate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the certificate? Letters can no longer be signed digitally.</source>
        <translation>Remove the certificate? Letters can no longer be signed digitally.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../desktop/ui/statement/split_dialog.py" line="+25"/>
        <source>Split a section in two</source>
        <translation>Split a section in two</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{section}”: choose the paragraph the new section starts at. It and the paragraphs after it move to the new section, right after this one.</source>
        <translation>“{section}”: choose the paragraph the new section starts at. It and the paragraphs after it move to the new section, right after this one.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heading of the new section</source>
        <translation>Heading of the new section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heading of the new section:</source>
        <translation>Heading of the new section:</translation>
    </message>
</context>
<context>
    <name>StaleDiff</name>
    <message>
        <location filename="../desktop/ui/statement/stale_diff.py" line="+40"/>
        <source>Finnish when this was translated</source>
        <translation>Finnish when this was translated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish now</source>
        <translation>Finnish now</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not known: saved before Kirjuri kept the translated text.</source>
        <translation>Not known: saved before Kirjuri kept the translated text.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../desktop/core/handouts.py" line="+18"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailed</source>
        <translation>Mailed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emailed</source>
        <translation>Emailed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/customers/statement_handout.py" line="-114"/>
        <source>Privacy statement: not given yet</source>
        <translation>Privacy statement: not given yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy statement: version {version} ({language}), {how} {date}</source>
        <translation>Privacy statement: version {version} ({language}), {how} {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/fields.py" line="+30"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business&apos;s name, business ID, address and contacts.</source>
        <translation>The business&apos;s name, business ID, address and contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers questions about the register, and how.</source>
        <translation>Who answers questions about the register, and how.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the business has appointed one; a sole trader usually has not.</source>
        <translation>Only if the business has appointed one; a sole trader usually has not.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register name</source>
        <translation>Register name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Kahvila Aurinko: customer register.</source>
        <translation>For example: Kahvila Aurinko: customer register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text under the title, before the sections.</source>
        <translation>Optional text under the title, before the sections.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purposes of processing</source>
        <translation>Purposes of processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the data is kept. One purpose per line.</source>
        <translation>Why the data is kept. One purpose per line.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal bases</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract, legal obligation, legitimate interest or consent, for what.</source>
        <translation>Contract, legal obligation, legitimate interest or consent, for what.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data categories</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement&apos;s own title; leave empty for the standard one.</source>
        <translation>The statement&apos;s own title; leave empty for the standard one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date line</source>
        <translation>Date line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example &quot;Laadittu 6.11.2017, päivitetty 25.5.2018&quot;; leave empty for the date and number of the saved version.</source>
        <translation>For example &quot;Laadittu 6.11.2017, päivitetty 25.5.2018&quot;; leave empty for the date and number of the saved version.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What the register holds. Start a line with &quot;-&quot; for a list item, &quot;1.&quot; for a numbered one, &quot;## &quot; for a sub-heading; **bold**, [text](https://address) for a link.</source>
        <translation>What the register holds. Start a line with &quot;-&quot; for a list item, &quot;1.&quot; for a numbered one, &quot;## &quot; for a sub-heading; **bold**, [text](https://address) for a link.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular sources</source>
        <translation>Regular sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the data comes from.</source>
        <translation>Where the data comes from.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients and processors</source>
        <translation>Recipients and processors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text before the table. The table lists everyone the data goes to; give the country as a two-letter code (FI, SE, US).</source>
        <translation>Optional text before the table. The table lists everyone the data goes to; give the country as a two-letter code (FI, SE, US).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Transfers outside the EU/EEA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether data leaves the EU/EEA, and on what safeguard.</source>
        <translation>Whether data leaves the EU/EEA, and on what safeguard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long each kind of data is kept. One line per kind.</source>
        <translation>How long each kind of data is kept. One line per kind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security: electronic material</source>
        <translation>Security: electronic material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the register and its backups are protected.</source>
        <translation>How the register and its backups are protected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security: manual material</source>
        <translation>Security: manual material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How paper documents are kept and destroyed.</source>
        <translation>How paper documents are kept and destroyed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cookies and analytics</source>
        <translation>Cookies and analytics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web site&apos;s cookies and visitor analytics; leave empty if none.</source>
        <translation>The web site&apos;s cookies and visitor analytics; leave empty if none.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automated decisions and profiling</source>
        <translation>Automated decisions and profiling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether decisions are made by machine alone (Art. 22).</source>
        <translation>Whether decisions are made by machine alone (Art. 22).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rights of the data subject</source>
        <translation>Rights of the data subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access, rectification, erasure, restriction, objection…</source>
        <translation>Access, rectification, erasure, restriction, objection…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to use the rights</source>
        <translation>How to use the rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In writing and signed by hand, or in person at the address.</source>
        <translation>In writing and signed by hand, or in person at the address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/output.py" line="+65"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as web page…</source>
        <translation>Save as web page…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published statements…</source>
        <translation>Published statements…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every statement printed or saved, to open or save again</source>
        <translation>Every statement printed or saved, to open or save again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the statement (Ctrl+P)</source>
        <translation>Print the statement (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Privacy statement in:</source>
        <translation>Privacy statement in:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check these before the statement is published:

{warnings}</source>
        <translation>Check these before the statement is published:

{warnings}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish anyway</source>
        <translation>Publish anyway</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Privacy statement</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The privacy statement was saved as {path}.</source>
        <translation>The privacy statement was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/statement_sections.py" line="+35"/>
        <source>The last section has no section after it to merge with.</source>
        <translation>The last section has no section after it to merge with.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipients section holds the recipients table and cannot be merged with another section. Move the text by hand instead.</source>
        <translation>The recipients section holds the recipients table and cannot be merged with another section. Move the text by hand instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next section is one the statement must have on its own (the letters quote it), so it cannot be merged into this one. Merge a section of your own into it instead, or give it a heading of your own.</source>
        <translation>The next section is one the statement must have on its own (the letters quote it), so it cannot be merged into this one. Merge a section of your own into it instead, or give it a heading of your own.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a paragraph after the first one: the new section starts there and both parts keep some text.</source>
        <translation>Choose a paragraph after the first one: the new section starts there and both parts keep some text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the new section a heading.</source>
        <translation>Give the new section a heading.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../desktop/ui/requests/statement_dialog.py" line="+42"/>
        <source>Record a supplementary statement</source>
        <translation>Record a supplementary statement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person may complete data they hold incomplete or wrong with a statement of their own (GDPR Art. 16). It is kept with the customer, shown with their data and included in every access reply. Write it as the person gave it.</source>
        <translation>The person may complete data they hold incomplete or wrong with a statement of their own (GDPR Art. 16). It is kept with the customer, shown with their data and included in every access reply. Write it as the person gave it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data in general</source>
        <translation>The data in general</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="-182"/>
        <source>The file&apos;s sections are now the Swedish texts of the Finnish sections, in order. Check them beside the Finnish, then save.</source>
        <translation>The file&apos;s sections are now the Swedish texts of the Finnish sections, in order. Check them beside the Finnish, then save.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s sections are now the English texts of the Finnish sections, in order. Check them beside the Finnish, then save.</source>
        <translation>The file&apos;s sections are now the English texts of the Finnish sections, in order. Check them beside the Finnish, then save.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>The statement was imported. Check each section and its topic, then save; the Swedish and English texts are to be written anew.</source>
        <translation>The statement was imported. Check each section and its topic, then save; the Swedish and English texts are to be written anew.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/page.py" line="+176"/>
        <source>Template (not saved yet)</source>
        <translation>Template (not saved yet)</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{version} — updated {date} by {user}</source>
        <translation>{version} — updated {date} by {user}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are looking at version {version} of {date}. It cannot be changed; choose the newest version to edit.</source>
        <translation>You are looking at version {version} of {date}. It cannot be changed; choose the newest version to edit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the template for a sole trader&apos;s customer register. Check every section, change what does not fit your business, and save.</source>
        <translation>This is the template for a sole trader&apos;s customer register. Check every section, change what does not fit your business, and save.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the main user can change the register description.</source>
        <translation>Only the main user can change the register description.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your changes to the description are not saved. Look at the other version and lose them?</source>
        <translation>Your changes to the description are not saved. Look at the other version and lose them?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lose the changes</source>
        <translation>Lose the changes</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The section is empty: remove it instead.</source>
        <translation>The section is empty: remove it instead.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge “{first}” with the next section, “{second}”? The text of “{second}” goes to the end of “{first}” and its heading is dropped. The Swedish and English texts of the merged section are marked out of date until you check them. Nothing is kept until you save.</source>
        <translation>Merge “{first}” with the next section, “{second}”? The text of “{second}” goes to the end of “{first}” and its heading is dropped. The Swedish and English texts of the merged section are marked out of date until you check them. Nothing is kept until you save.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sections were merged. Check the text, then save.</source>
        <translation>The sections were merged. Check the text, then save.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The section has only one paragraph: there is nothing to split.</source>
        <translation>The section has only one paragraph: there is nothing to split.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The section was split in two. Check both parts, then save.</source>
        <translation>The section was split in two. Check both parts, then save.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="+6"/>
        <source>Saved as the first version, it keeps the date written in it: {date}.</source>
        <translation>Saved as the first version, it keeps the date written in it: {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/statement/page.py" line="+96"/>
        <source>The register description was saved as version {version}.</source>
        <translation>The register description was saved as version {version}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The description was not saved. Correct the fields marked below.</source>
        <translation>The description was not saved. Correct the fields marked below.</translation>
    </message>
</context>
<context>
    <name>StatementsNote</name>
    <message>
        <location filename="../desktop/ui/customers/statements.py" line="+41"/>
        <source>the data in general</source>
        <translation>the data in general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}, on {field}: “{text}” (request {diary})</source>
        <translation>{date}, on {field}: “{text}” (request {diary})</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more (hold the pointer here to read them all)</source>
        <translation>
            <numerusform>… and %n more (hold the pointer here to read them all)</numerusform>
            <numerusform>… and %n more (hold the pointer here to read them all)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplementary statement by the customer (GDPR Art. 16):</source>
        <translation>Supplementary statement by the customer (GDPR Art. 16):</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../desktop/ui/requests/small_dialogs.py" line="-100"/>
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../desktop/ui/statement/top_bar.py" line="+26"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves a new version (Ctrl+S)</source>
        <translation>Saves a new version (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a statement…</source>
        <translation>Import a statement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in the statement you already have: .docx, .odt, .html, .pdf or .txt</source>
        <translation>Bring in the statement you already have: .docx, .odt, .html, .pdf or .txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a statement…</source>
        <translation>Paste a statement…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the texts:</source>
        <translation>Language of the texts:</translation>
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
        <translation>Mark all as checked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this only after reading each translation against the Finnish text: they are then taken as up to date.</source>
        <translation>Use this only after reading each translation against the Finnish text: they are then taken as up to date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear out-of-date translations</source>
        <translation>Clear out-of-date translations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print such sections in Finnish</source>
        <translation>Print such sections in Finnish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print sections without an up-to-date translation in Finnish in the Swedish and English statements (marked as Finnish)</source>
        <translation>Print sections without an up-to-date translation in Finnish in the Swedish and English statements (marked as Finnish)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{language}: {stale} out of date, {missing} untranslated</source>
        <translation>{language}: {stale} out of date, {missing} untranslated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out-of-date and untranslated sections are not printed in that language: the statement is refused, or the section is printed in Finnish if you choose so below. {list}</source>
        <translation>Out-of-date and untranslated sections are not printed in that language: the statement is refused, or the section is printed in Finnish if you choose so below. {list}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../desktop/ui/backup/restore_wizard.py" line="-176"/>
        <source>Open the backup</source>
        <translation>Open the backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring replaces the whole register, so a main user&apos;s password from the time of the backup, or the recovery key, is needed.</source>
        <translation>Restoring replaces the whole register, so a main user&apos;s password from the time of the backup, or the recovery key, is needed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A main user&apos;s password</source>
        <translation>A main user&apos;s password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the recovery key.</source>
        <translation>Enter the recovery key.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/ui/admin/user_dialog.py" line="-86"/>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the person their first password; they can change it.</source>
        <translation>Tell the person their first password; they can change it.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../desktop/ui/models/users_model.py" line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../desktop/ui/admin/users_tab.py" line="+38"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New recovery key…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the recovery sheet in the safe is lost or someone may have seen it.</source>
        <translation>When the recovery sheet in the safe is lost or someone may have seen it.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Remove {name} from the register? They can no longer log in. Their name stays in the audit log.</source>
        <translation>Remove {name} from the register? They can no longer log in. Their name stays in the audit log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/core/passwords.py" line="+9"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>The password must be at least {minimum} characters long.</translation>
    </message>
    <message>
        <location filename="../desktop/core/validation.py" line="+36"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the business ID (Y-tunnus).</source>
        <translation>Enter the business ID (Y-tunnus).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid business ID. It has the form 1572860-0 and its check digit must match.</source>
        <translation>This is not a valid business ID. It has the form 1572860-0 and its check digit must match.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter an email address.</source>
        <translation>Enter an email address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid email address (for example name@example.fi).</source>
        <translation>This is not a valid email address (for example name@example.fi).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a valid phone number (for example 040 123 4567).</source>
        <translation>This is not a valid phone number (for example 040 123 4567).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the postal code.</source>
        <translation>Enter the postal code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Finnish postal code has five digits.</source>
        <translation>A Finnish postal code has five digits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A user name has 2–32 characters: letters a–z, digits, dot, dash or underscore.</source>
        <translation>A user name has 2–32 characters: letters a–z, digits, dot, dash or underscore.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the control characters (a line break, tab, NUL, ESC or the like) from this field.</source>
        <translation>Remove the control characters (a line break, tab, NUL, ESC or the like) from this field.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the control characters (NUL, ESC or the like) from this text. Line breaks and tabs are allowed.</source>
        <translation>Remove the control characters (NUL, ESC or the like) from this text. Line breaks and tabs are allowed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long: at most 10 characters.</source>
        <translation>This is too long: at most 10 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 60 characters.</source>
        <translation>This is too long: at most 60 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 100 characters.</source>
        <translation>This is too long: at most 100 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 200 characters.</source>
        <translation>This is too long: at most 200 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 300 characters.</source>
        <translation>This is too long: at most 300 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is too long: at most 30 000 characters.</source>
        <translation>This is too long: at most 30 000 characters.</translation>
    </message>
    <message>
        <location filename="../desktop/core/customer_form.py" line="+19"/>
        <source>Enter a first or last name, or the organisation&apos;s name.</source>
        <translation>Enter a first or last name, or the organisation&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date as d.m.yyyy, for example 24.11.2026.</source>
        <translation>Enter the date as d.m.yyyy, for example 24.11.2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the country as a two-letter code, for example FI or SE.</source>
        <translation>Write the country as a two-letter code, for example FI or SE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a web address such as www.example.fi or https://example.fi.</source>
        <translation>Enter a web address such as www.example.fi or https://example.fi.</translation>
    </message>
    <message>
        <location filename="../desktop/core/consents.py" line="+32"/>
        <source>The decision date cannot be in the future.</source>
        <translation>The decision date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../desktop/core/identity_code.py" line="+15"/>
        <source>This is not a valid personal identity code. It has the form 131052-308T and its check character must match.</source>
        <translation>This is not a valid personal identity code. It has the form 131052-308T and its check character must match.</translation>
    </message>
    <message>
        <location filename="../desktop/core/order_form.py" line="+19"/>
        <source>Enter the order date, for example 24.11.2026.</source>
        <translation>Enter the order date, for example 24.11.2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount in euros, for example 12,50.</source>
        <translation>Enter the amount in euros, for example 12,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount in euros with at most two decimals, for example 12,50 or 1 234,50.</source>
        <translation>Enter the amount in euros with at most two decimals, for example 12,50 or 1 234,50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The financial period cannot end before the order date.</source>
        <translation>The financial period cannot end before the order date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice number can have at most 40 characters.</source>
        <translation>The invoice number can have at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/mapping.py" line="-126"/>
        <source>Unknown language. Write Finnish, Swedish or English (or fi, sv, en).</source>
        <translation>Unknown language. Write Finnish, Swedish or English (or fi, sv, en).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown customer status. Write active, prospect or ended.</source>
        <translation>Unknown customer status. Write active, prospect or ended.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/consents.py" line="+36"/>
        <source>Choose one of the listed values.</source>
        <translation>Choose one of the listed values.</translation>
    </message>
    <message>
        <location filename="../desktop/services/customers/contact_history.py" line="-6"/>
        <source>Choose how the contact was made.</source>
        <translation>Choose how the contact was made.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter at most 200 characters.</source>
        <translation>Enter at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../desktop/services/requests/log.py" line="-25"/>
        <source>Choose at least one kind of request.</source>
        <translation>Choose at least one kind of request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer, or write the name of the person who asked.</source>
        <translation>Choose the customer, or write the name of the person who asked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date received cannot be in the future.</source>
        <translation>The date received cannot be in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter tells them.</source>
        <translation>Write what gives reasonable doubt about the requester&apos;s identity (Art. 12(6)): the letter tells them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how the identity was checked.</source>
        <translation>Choose how the identity was checked.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/base.py" line="-45"/>
        <source>Choose at least one kind of processing.</source>
        <translation>Choose at least one kind of processing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field cannot be changed through a request.</source>
        <translation>This field cannot be changed through a request.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/requests/log_dialog.py" line="-81"/>
        <source>Enter the time as h.mm, for example 9.30.</source>
        <translation>Enter the time as h.mm, for example 9.30.</translation>
    </message>
    <message>
        <location filename="../desktop/core/description_validation.py" line="+59"/>
        <source>This is needed in the privacy statement.</source>
        <translation>This is needed in the privacy statement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the recipient&apos;s name.</source>
        <translation>Give the recipient&apos;s name.</translation>
    </message>
    <message>
        <location filename="../desktop/core/disclosures.py" line="+5"/>
        <source>Name the recipient.</source>
        <translation>Name the recipient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s name is too long.</source>
        <translation>The recipient&apos;s name is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which data was disclosed.</source>
        <translation>Say which data was disclosed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disclosure cannot be dated in the future.</source>
        <translation>A disclosure cannot be dated in the future.</translation>
    </message>
    <message>
        <location filename="../desktop/core/description_validation.py" line="+1"/>
        <location filename="../desktop/core/disclosures.py" line="+1"/>
        <source>Give the country as its two-letter code, for example FI, SE or US.</source>
        <translation>Give the country as its two-letter code, for example FI, SE or US.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what the recipient does with the data.</source>
        <translation>Say what the recipient does with the data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country is outside the EU/EEA: name the transfer safeguard (adequacy decision, standard contractual clauses, ...).</source>
        <translation>The country is outside the EU/EEA: name the transfer safeguard (adequacy decision, standard contractual clauses, ...).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the section a heading.</source>
        <translation>Give the section a heading.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the section&apos;s text, or remove the section.</source>
        <translation>Write the section&apos;s text, or remove the section.</translation>
    </message>
    <message>
        <location filename="../desktop/services/statement/handouts.py" line="+22"/>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../desktop/services/disclosures/log.py" line="+31"/>
        <location filename="../desktop/services/statement/handouts.py" line="+1"/>
        <source>The customer is no longer in the register.</source>
        <translation>The customer is no longer in the register.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/rows.py" line="+17"/>
        <source>The letter has no text.</source>
        <translation>The letter has no text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the recipient&apos;s name and address.</source>
        <translation>Write the recipient&apos;s name and address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address may have at most five rows, or the envelope window hides a part of it. Join the street rows or leave out the c/o row.</source>
        <translation>The address may have at most five rows, or the envelope window hides a part of it. Join the street rows or leave out the c/o row.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/sending.py" line="-10"/>
        <source>Write the tracking number of the registered letter.</source>
        <translation>Write the tracking number of the registered letter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date sent cannot be in the future.</source>
        <translation>The date sent cannot be in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter cannot have been sent before it was signed.</source>
        <translation>The letter cannot have been sent before it was signed.</translation>
    </message>
    <message>
        <location filename="../desktop/services/letters/signatures.py" line="+17"/>
        <source>The signature image is too large: use a picture under 2 MB.</source>
        <translation>The signature image is too large: use a picture under 2 MB.</translation>
    </message>
    <message>
        <location filename="../desktop/core/importing/table.py" line="-18"/>
        <source>A cell of this row holds more than 32 767 characters, so the row was not read.</source>
        <translation>A cell of this row holds more than 32 767 characters, so the row was not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quotation mark on this row is not closed, so the row could not be told apart from the rows after it. Check the row in the file; the rows after it were read on their own.</source>
        <translation>A quotation mark on this row is not closed, so the row could not be told apart from the rows after it. Check the row in the file; the rows after it were read on their own.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This row could not be read. Check it in the file and import it again.</source>
        <translation>This row could not be read. Check it in the file and import it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This contact card could not be read. The other cards were read; check this one in the program that made the file.</source>
        <translation>This contact card could not be read. The other cards were read; check this one in the program that made the file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/decisions.py" line="-32"/>
        <source>Write the reasons: a decision that does not give all that was asked must state them (Art. 12(4)).</source>
        <translation>Write the reasons: a decision that does not give all that was asked must state them (Art. 12(4)).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the purpose of the processing that continues (Art. 21(1)).</source>
        <translation>Name the purpose of the processing that continues (Art. 21(1)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why the request is handled without a checked identity.</source>
        <translation>Write why the request is handled without a checked identity.</translation>
    </message>
    <message>
        <location filename="../desktop/services/rights/statements.py" line="+24"/>
        <source>Write the statement as the person gave it.</source>
        <translation>Write the statement as the person gave it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement is too long to keep as text; attach it as a file instead.</source>
        <translation>The statement is too long to keep as text; attach it as a file instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date it was received cannot be later.</source>
        <translation>The date it was received cannot be later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplementary statement completes data after a rectification request; this request does not ask for rectification.</source>
        <translation>A supplementary statement completes data after a rectification request; this request does not ask for rectification.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../desktop/ui/setup/wizard.py" line="-251"/>
        <source>Welcome to Kirjuri</source>
        <translation>Welcome to Kirjuri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kirjuri keeps your customer register and your data-protection requests the way the law expects.

First we create the register. It is encrypted on this computer: nobody can read it without a password. You will need:
  • your business&apos;s name and business ID (Y-tunnus)
  • a user name and a password of at least 10 characters for yourself
  • a pen and paper, or a printer, for the recovery key.</source>
        <translation>Kirjuri keeps your customer register and your data-protection requests the way the law expects.

First we create the register. It is encrypted on this computer: nobody can read it without a password. You will need:
  • your business&apos;s name and business ID (Y-tunnus)
  • a user name and a password of at least 10 characters for yourself
  • a pen and paper, or a printer, for the recovery key.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Just looking? Try Kirjuri first with a demo register of made-up customers. It is kept apart from your own register. Its user is {username} and its password {password}.</source>
        <translation>Just looking? Try Kirjuri first with a demo register of made-up customers. It is kept apart from your own register. Its user is {username} and its password {password}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try Kirjuri with demo data</source>
        <translation>Try Kirjuri with demo data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moving to a new computer, or the old one broke? Restore the register from a backup drive instead of creating a new one.</source>
        <translation>Moving to a new computer, or the old one broke? Restore the register from a backup drive instead of creating a new one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Does your office keep the register on its server? Connect this workstation to it instead.</source>
        <translation>Does your office keep the register on its server? Connect this workstation to it instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office server…</source>
        <translation>Office server…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../desktop/ui/statement/import_dialog.py" line="-63"/>
        <source>Import an existing statement</source>
        <translation>Import an existing statement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements (*.docx *.odt *.html *.htm *.pdf *.txt);;All files (*)</source>
        <translation>Statements (*.docx *.odt *.html *.htm *.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste an existing statement</source>
        <translation>Paste an existing statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole statement, headings and all:</source>
        <translation>The whole statement, headings and all:</translation>
    </message>
</context>
</TS>
