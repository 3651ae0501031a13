<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delegation Planner</source>
        <translation>Über Delegation Planner</translation>
    </message>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>Plans the visits of foreign delegations for the international relations office of the City of Dortmund.</source>
        <translation>Plant die Besuche ausländischer Delegationen für das Büro für Internationale Beziehungen der Stadt Dortmund.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Licences of the planner, its fonts and libraries</source>
        <translation>Lizenzen des Planers, seiner Schriften und Bibliotheken</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Days (negative: before)</source>
        <translation>Tage (negativ: vorher)</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>Abreise</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>The database is empty. Load the demo data (example delegations, venues and hosts) to get to know the program?</source>
        <translation>Die Datenbank ist leer. Demodaten (Beispieldelegationen, Orte und Gastgeber) laden, um das Programm kennenzulernen?</translation>
    </message>
    <message>
        <source>The database cannot be used:

{reason}</source>
        <translation>Die Datenbank kann nicht verwendet werden:

{reason}</translation>
    </message>
    <message>
        <source>The database could not be opened:

{reason}</source>
        <translation>Die Datenbank konnte nicht geöffnet werden:

{reason}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Damaged database, kept</source>
        <translation>Beschädigte Datenbank, aufbewahrt</translation>
    </message>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegationsplaner</translation>
    </message>
    <message>
        <source>The database cannot be used:

{reason}

Restore the latest backup ({when})? The damaged file is kept in the backups folder.</source>
        <translation>Die Datenbank kann nicht verwendet werden:

{reason}

Die letzte Sicherung ({when}) wiederherstellen? Die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>This window works on a shared server. Its backups are portable archives made by the administrator with “planner backup”.</source>
        <translation>Dieses Fenster arbeitet mit einem gemeinsamen Server. Dessen Sicherungen sind portable Archive, die die Administration mit „planner backup“ erstellt.</translation>
    </message>
    <message>
        <source>Backups of {file} are kept in {folder}. Automatic backups are made at start and every 30 minutes of work, and thinned out to 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>Sicherungen von {file} liegen in {folder}. Automatische Sicherungen entstehen beim Start und alle 30 Minuten Arbeit und werden auf 7 tägliche, 4 wöchentliche und 12 monatliche Kopien ausgedünnt.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Backup saved: {file}</source>
        <translation>Sicherung gespeichert: {file}</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when}? Everything saved after it is set aside: the current database is kept as a “Before a restore” backup.</source>
        <translation>Die Datenbank durch die Sicherung vom {when} ersetzen? Alles danach Gespeicherte wird beiseitegelegt: Die aktuelle Datenbank bleibt als Sicherung „Vor einer Wiederherstellung“ erhalten.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restored the backup {file}.</source>
        <translation>Sicherung {file} wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>New partner city</source>
        <translation>Neue Partnerstadt</translation>
    </message>
    <message>
        <source>No partner cities yet</source>
        <translation>Noch keine Partnerstädte</translation>
    </message>
    <message>
        <source>Add Dortmund&apos;s twin cities and project partners with “New partner city”.</source>
        <translation>Legen Sie Dortmunds Partnerstädte und Projektpartner mit „Neue Partnerstadt“ an.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>No hosts yet</source>
        <translation>Noch keine Gastgeber</translation>
    </message>
    <message>
        <source>Add the Lord Mayor, council members, staff, interpreters and drivers with “New person”.</source>
        <translation>Legen Sie Oberbürgermeister, Ratsmitglieder, Mitarbeitende, Dolmetscher und Fahrer mit „Neue Person“ an.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <source>No venues yet</source>
        <translation>Noch keine Orte</translation>
    </message>
    <message>
        <source>Add the town hall, hotels and places the delegations visit with “New venue”.</source>
        <translation>Legen Sie Rathaus, Hotels und Besuchsorte mit „Neuer Ort“ an.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Neue Ressource</translation>
    </message>
    <message>
        <source>No resources yet</source>
        <translation>Noch keine Ressourcen</translation>
    </message>
    <message>
        <source>Add vehicles, rooms and interpreter bookings with “New resource”.</source>
        <translation>Legen Sie Fahrzeuge, Räume und Dolmetscherbuchungen mit „Neue Ressource“ an.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Search…  (Ctrl+F)</source>
        <translation>Suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translation>{what} suchen</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select an entry in the list to edit it, or create a new one.</source>
        <translation>Wählen Sie einen Eintrag in der Liste zum Bearbeiten oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save {what}</source>
        <translation>{what} speichern</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Type to filter…</source>
        <translation>Zum Filtern tippen…</translation>
    </message>
    <message>
        <source>{list}: filter</source>
        <translation>{list}: Filter</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>{n} ausgewählt</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>1 day before arrival</source>
        <translation>1 Tag vor Ankunft</translation>
    </message>
    <message>
        <source>{n} days before arrival</source>
        <translation>{n} Tage vor Ankunft</translation>
    </message>
    <message>
        <source>1 day after arrival</source>
        <translation>1 Tag nach Ankunft</translation>
    </message>
    <message>
        <source>{n} days after arrival</source>
        <translation>{n} Tage nach Ankunft</translation>
    </message>
    <message>
        <source>1 day before departure</source>
        <translation>1 Tag vor Abreise</translation>
    </message>
    <message>
        <source>{n} days before departure</source>
        <translation>{n} Tage vor Abreise</translation>
    </message>
    <message>
        <source>1 day after departure</source>
        <translation>1 Tag nach Abreise</translation>
    </message>
    <message>
        <source>{n} days after departure</source>
        <translation>{n} Tage nach Abreise</translation>
    </message>
    <message>
        <source>fixed date</source>
        <translation>festes Datum</translation>
    </message>
    <message>
        <source>on arrival</source>
        <translation>bei Ankunft</translation>
    </message>
    <message>
        <source>on departure</source>
        <translation>bei Abreise</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist to apply</source>
        <translation>Anzuwendende Checkliste</translation>
    </message>
    <message>
        <source>Apply checklist</source>
        <translation>Checkliste anwenden</translation>
    </message>
    <message>
        <source>Add the checklist&apos;s tasks to this visit, each with its deadline</source>
        <translation>Die Aufgaben der Checkliste mit ihren Fristen zu diesem Besuch hinzufügen</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>A task of this visit only, with its deadline</source>
        <translation>Eine Aufgabe nur dieses Besuchs, mit ihrer Frist</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No tasks yet. Choose a checklist and “Apply checklist”: its tasks come with their deadlines.</source>
        <translation>Noch keine Aufgaben. Wählen Sie eine Checkliste und „Checkliste anwenden“: Ihre Aufgaben kommen mit ihren Fristen.</translation>
    </message>
    <message>
        <source>Letter on the letterhead</source>
        <translation>Brief auf dem Briefkopf</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Art des Briefs</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Visa support letter</source>
        <translation>Visa-Unterstützungsschreiben</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>Member the visa letter is for</source>
        <translation>Mitglied, für das das Visaschreiben ist</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <source>Guests&apos; language</source>
        <translation>Sprache der Gäste</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the letter as PDF, ready to sign</source>
        <translation>Den Brief als PDF speichern, zur Unterschrift</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Save the letter as a Word document, to edit before signing</source>
        <translation>Den Brief als Word-Dokument speichern, um ihn vor der Unterschrift zu bearbeiten</translation>
    </message>
    <message>
        <source>(none yet: File → Checklists and letters)</source>
        <translation>(noch keine: Datei → Checklisten und Briefe)</translation>
    </message>
    <message>
        <source>Tick “{task}”</source>
        <translation>„{task}“ abhaken</translation>
    </message>
    <message>
        <source>Untick “{task}”</source>
        <translation>Haken bei „{task}“ entfernen</translation>
    </message>
    <message>
        <source>Apply checklist “{name}”</source>
        <translation>Checkliste „{name}“ anwenden</translation>
    </message>
    <message>
        <source>Add task “{task}”</source>
        <translation>Aufgabe „{task}“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete task “{task}”</source>
        <translation>Aufgabe „{task}“ löschen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <source>Letter saved: {path}</source>
        <translation>Brief gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Landessprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Stufenlos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Title / function</source>
        <translation>Titel / Funktion</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Occasion / place</source>
        <translation>Anlass / Ort</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Überreicht an</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Überreicht von</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Find and open</source>
        <translation>Suchen und öffnen</translation>
    </message>
    <message>
        <source>Delegation, member, host, venue, Golden Book entry or gift…</source>
        <translation>Delegation, Mitglied, Gastgeber, Ort, Eintragung ins Goldene Buch oder Geschenk …</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Golden Book</source>
        <translation>Goldenes Buch</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Reading the names…</source>
        <translation>Die Namen werden gelesen …</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>While you were editing, {user} saved this record{when}.</source>
        <translation>Während Sie bearbeitet haben, hat {user} diesen Datensatz gespeichert{when}.</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> um {time}</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved this record.</source>
        <translation>Während Sie bearbeitet haben, hat jemand anderes diesen Datensatz gespeichert.</translation>
    </message>
    <message>
        <source>These fields differ. Reload to see the stored version, or overwrite it with yours.</source>
        <translation>Diese Felder unterscheiden sich. Laden Sie die gespeicherte Fassung neu oder überschreiben Sie sie mit Ihrer.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>Gespeicherte Fassung</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Overwrite the stored version</source>
        <translation>Gespeicherte Fassung überschreiben</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared server</source>
        <translation>Mit einem gemeinsamen Server verbinden</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>e.g. Office server</source>
        <translation>z. B. Büroserver</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The password is not stored by the planner: it comes from the system keyring, PGPASSWORD or the file ~/.pgpass.</source>
        <translation>Der Planer speichert kein Passwort: Es kommt aus dem Schlüsselbund des Systems, aus PGPASSWORD oder aus der Datei ~/.pgpass.</translation>
    </message>
    <message>
        <source>The password is not stored by the planner: put it in PGPASSWORD or the file ~/.pgpass (host:port:database:user:password, mode 0600). The system keyring cannot be used: the “keyring” package is not installed.</source>
        <translation>Der Planer speichert kein Passwort: Hinterlegen Sie es in PGPASSWORD oder in der Datei ~/.pgpass (host:port:database:user:password, Modus 0600). Der Schlüsselbund des Systems ist nicht nutzbar: Das Paket „keyring“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name first.</source>
        <translation>Bitte zuerst den Servernamen eingeben.</translation>
    </message>
    <message>
        <source>Profile “{name}” saved.</source>
        <translation>Profil „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbinde mit {host}…</translation>
    </message>
    <message>
        <source>Connected: the database is ready for this version.</source>
        <translation>Verbunden: Die Datenbank passt zu dieser Version.</translation>
    </message>
    <message>
        <source>Switching to {host}…</source>
        <translation>Wechsle zu {host}…</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The database was set up by a newer Delegation Planner. Please install the update before connecting.</source>
        <translation>Die Datenbank stammt von einem neueren Delegationsplaner. Bitte installieren Sie vor dem Verbinden das Update.</translation>
    </message>
    <message>
        <source>The database uses an older schema. Ask the administrator to run “planner db upgrade” on the server.</source>
        <translation>Die Datenbank hat ein älteres Schema. Bitten Sie die Administration, „planner db upgrade“ auf dem Server auszuführen.</translation>
    </message>
    <message>
        <source>This database belongs to another program; choose another database.</source>
        <translation>Diese Datenbank gehört zu einem anderen Programm; wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>The server refused the password. Check PGPASSWORD or ~/.pgpass.</source>
        <translation>Der Server hat das Passwort abgelehnt. Prüfen Sie PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server wants a password, and none was found. Put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Der Server verlangt ein Passwort, es wurde aber keines gefunden. Hinterlegen Sie es in ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server does not know this user name.</source>
        <translation>Der Server kennt diesen Benutzernamen nicht.</translation>
    </message>
    <message>
        <source>The server has no database of this name. Check the name, or ask the administrator to create it.</source>
        <translation>Auf dem Server gibt es keine Datenbank dieses Namens. Prüfen Sie den Namen oder bitten Sie die Administration, sie anzulegen.</translation>
    </message>
    <message>
        <source>Your user has no permission for the planner&apos;s tables. Ask the administrator to grant the application role&apos;s rights.</source>
        <translation>Ihr Benutzer hat keine Rechte an den Tabellen des Planers. Bitten Sie die Administration, die Rechte der Anwendungsrolle zu vergeben.</translation>
    </message>
    <message>
        <source>The server name cannot be found. Check the host name.</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>The server cannot be reached: it is down or the address is wrong.</source>
        <translation>Der Server ist nicht erreichbar: Er ist ausgefallen oder die Adresse stimmt nicht.</translation>
    </message>
    <message>
        <source>The database cannot be used: {reason}</source>
        <translation>Die Datenbank kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>The connection failed: {reason}</source>
        <translation>Die Verbindung ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Contact {row}, {column}: {problem}</source>
        <translation>Kontakt {row}, {column}: {problem}</translation>
    </message>
</context>
<context>
    <name>CostCategory</name>
    <message>
        <source>Flights</source>
        <translation>Flüge</translation>
    </message>
    <message>
        <source>Trains</source>
        <translation>Bahnfahrten</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Sonstige Kosten</translation>
    </message>
</context>
<context>
    <name>DeclarationStatus</name>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Angezeigt</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>No delegation selected</source>
        <translation>Keine Delegation ausgewählt</translation>
    </message>
    <message>
        <source>Select a delegation in the list to see its details, members and programme.</source>
        <translation>Wählen Sie eine Delegation in der Liste, um Details, Mitglieder und Programm zu sehen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Delegation löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save delegation</source>
        <translation>Delegation speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>History of the delegation</source>
        <translation>Verlauf der Delegation</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Show on the timeline: the arrival day of this delegation</source>
        <translation>In der Zeitleiste zeigen: der Ankunftstag dieser Delegation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Neue Delegation</translation>
    </message>
    <message>
        <source>Create delegation</source>
        <translation>Delegation anlegen</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>Delegation bearbeiten</translation>
    </message>
    <message>
        <source>Delete “{title}” with its members and programme? You can undo this with Ctrl+Z.</source>
        <translation>„{title}“ mit Mitgliedern und Programm löschen? Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>DelegationForm</name>
    <message>
        <source>Kind of visit</source>
        <translation>Art des Besuchs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title (de / en / fr)</source>
        <translation>Titel (de / en / fr)</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>language codes, e.g. he, en</source>
        <translation>Sprachcodes, z. B. he, en</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
</context>
<context>
    <name>DelegationStatus</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>DelegationsScreen</name>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>Visits to Dortmund and the city&apos;s trips abroad</source>
        <translation>Besuche in Dortmund und Reisen der Stadt ins Ausland</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Neue Delegation</translation>
    </message>
    <message>
        <source>Delegation list</source>
        <translation>Delegationsliste</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Noch keine Delegationen</translation>
    </message>
    <message>
        <source>Create the first delegation with “New delegation” (Ctrl+N), or load the demo data from the File menu.</source>
        <translation>Legen Sie die erste Delegation mit „Neue Delegation“ (Strg+N) an oder laden Sie die Demodaten über das Menü Datei.</translation>
    </message>
    <message>
        <source>Search title, partner city, occasion…  (Ctrl+F)</source>
        <translation>Titel, Partnerstadt, Anlass suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search delegations</source>
        <translation>Delegationen durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Arriving from</source>
        <translation>Ankunft ab</translation>
    </message>
    <message>
        <source>Arriving until</source>
        <translation>Ankunft bis</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>{count} delegations</source>
        <translation>{count} Delegationen</translation>
    </message>
    <message>
        <source>{shown} of {count} delegations</source>
        <translation>{shown} von {count} Delegationen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.</source>
        <translation>„{title}“ hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Visit to the city</source>
        <translation>Besuch in der Stadt</translation>
    </message>
    <message>
        <source>Trip abroad</source>
        <translation>Reise ins Ausland</translation>
    </message>
</context>
<context>
    <name>DocumentNotices</name>
    <message>
        <source>Texts without a version in this language</source>
        <translation>Texte ohne Fassung in dieser Sprache</translation>
    </message>
    <message>
        <source>Some characters cannot be printed in any installed font:</source>
        <translation>Einige Zeichen kann keine installierte Schrift drucken:</translation>
    </message>
    <message>
        <source>{count} text(s) have no {language} version — double-click one to add it:</source>
        <translation>{count} Text(e) ohne Fassung in {language} – zum Ergänzen doppelt klicken:</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it</source>
        <translation>Doppelklick oder Eingabetaste öffnet ihn</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Guest itinerary</source>
        <translation>Programm für Gäste</translation>
    </message>
    <message>
        <source>Internal run sheet</source>
        <translation>Interner Ablaufplan</translation>
    </message>
    <message>
        <source>Personal itinerary</source>
        <translation>Persönliches Programm</translation>
    </message>
    <message>
        <source>Precedence list</source>
        <translation>Protokollarische Rangfolge</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>Sitzordnung</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>Kalender (.ics)</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Programmes, itineraries, name cards and calendars</source>
        <translation>Programme, Ablaufpläne, Namenskarten und Kalender</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Drucken (Strg+P)</translation>
    </message>
    <message>
        <source>No document generated yet</source>
        <translation>Noch kein Dokument erstellt</translation>
    </message>
    <message>
        <source>Choose a delegation and a document on the left, then press “Generate”.</source>
        <translation>Wählen Sie links eine Delegation und ein Dokument und klicken Sie auf „Erstellen“.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Arrange seats…</source>
        <translation>Sitzordnung bearbeiten…</translation>
    </message>
    <message>
        <source>Move people between chairs, lock chairs, choose tables and shape for this meal</source>
        <translation>Personen umsetzen, Plätze festhalten, Tische und Form für dieses Essen wählen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>With German beneath (bilingual edition)</source>
        <translation>Zweisprachig, Deutsch darunter</translation>
    </message>
    <message>
        <source>Bilingual edition with German</source>
        <translation>Zweisprachige Ausgabe mit Deutsch</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Staff (internal)</source>
        <translation>Mitarbeitende (intern)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Visit pack…</source>
        <translation>Besuchsmappe…</translation>
    </message>
    <message>
        <source>Everything the visit needs into one folder: programmes in the delegation&apos;s languages, personal programmes, run sheet, precedence list, badges, place cards, a seating plan per meal and the calendar file</source>
        <translation>Alles für den Besuch in einen Ordner: Programme in den Sprachen der Delegation, persönliche Programme, Ablaufplan, Rangfolge, Namensschilder, Tischkarten, ein Sitzplan je Essen und die Kalenderdatei</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>— choose a delegation —</source>
        <translation>— Delegation wählen —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>— no meal —</source>
        <translation>— kein Essen —</translation>
    </message>
    <message>
        <source>Choose a delegation first.</source>
        <translation>Bitte zuerst eine Delegation wählen.</translation>
    </message>
    <message>
        <source>Folder for the visit pack</source>
        <translation>Ordner für die Besuchsmappe</translation>
    </message>
    <message>
        <source>Writing the visit pack…</source>
        <translation>Die Besuchsmappe wird geschrieben…</translation>
    </message>
    <message>
        <source>Visit pack: {n} files written to {folder}.</source>
        <translation>Besuchsmappe: {n} Dateien in {folder} geschrieben.</translation>
    </message>
    <message>
        <source>{n} notices: {first}</source>
        <translation>{n} Hinweise: {first}</translation>
    </message>
    <message>
        <source>{document} ready.</source>
        <translation>{document} ist fertig.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>No entry selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>Select an entry in the register, or start a new one with “New entry”.</source>
        <translation>Wählen Sie einen Eintrag im Register oder legen Sie mit „Neuer Eintrag“ einen an.</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Unterzeichnen…</translation>
    </message>
    <message>
        <source>Record the signing: gives the entry its number</source>
        <translation>Unterzeichnung erfassen: Der Eintrag erhält seine Nummer</translation>
    </message>
    <message>
        <source>Cancel entry</source>
        <translation>Eintrag stornieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel the signing…</source>
        <translation>Eintragung stornieren …</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>This delegation&apos;s signing is already planned; here is its entry.</source>
        <translation>Die Eintragung dieser Delegation ist schon geplant; hier ist sie.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>{name} and {count} more</source>
        <translation>{name} und {count} weitere</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>no number until signed</source>
        <translation>Nummer erst bei Unterzeichnung</translation>
    </message>
    <message>
        <source>Create Golden Book entry</source>
        <translation>Eintrag im Goldenen Buch anlegen</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Mark this entry as cancelled? A signed entry keeps its number until the volume is renumbered. This cannot be undone.</source>
        <translation>Diesen Eintrag stornieren? Ein unterzeichneter Eintrag behält seine Nummer, bis der Band neu nummeriert wird. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Signers</source>
        <translation>Unterzeichnende</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Widmung</translation>
    </message>
    <message>
        <source>Volume {number}: {title}</source>
        <translation>Band {number}: {title}</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
</context>
<context>
    <name>EntryStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The change was not saved:</source>
        <translation>Die Änderung wurde nicht gespeichert:</translation>
    </message>
    <message>
        <source>{user} changed this record in the meantime{when}{fields}.</source>
        <translation>{user} hat diesen Datensatz inzwischen geändert{when}{fields}.</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> um {time}</translation>
    </message>
    <message>
        <source> ({fields})</source>
        <translation> ({fields})</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime.</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen geändert.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Reload it and apply your change again.</source>
        <translation>Es wurde nichts überschrieben. Laden Sie ihn neu und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted meanwhile.</source>
        <translation>Der Datensatz existiert nicht mehr; er wurde vermutlich inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The action could not be completed: {reason}</source>
        <translation>Die Aktion konnte nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Landessprache</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>two letters, e.g. IL</source>
        <translation>zwei Buchstaben, z. B. IL</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Partner since (year)</source>
        <translation>Partner seit (Jahr)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>e.g. Asia/Shanghai (empty: Europe/Berlin)</source>
        <translation>z. B. Asia/Shanghai (leer: Europe/Berlin)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Protocol rank</source>
        <translation>Protokollrang</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>language codes, e.g. de, en</source>
        <translation>Sprachcodes, z. B. de, en</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>the user name they sign in with: their tasks are theirs</source>
        <translation>der Benutzername, mit dem sie sich anmelden: ihre Aufgaben sind ihre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Hinweise zur Barrierefreiheit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>for a venue abroad, e.g. Asia/Shanghai</source>
        <translation>für einen Ort im Ausland, z. B. Asia/Shanghai</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity (seats)</source>
        <translation>Kapazität (Plätze)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
</context>
<context>
    <name>GiftDirection</name>
    <message>
        <source>Given</source>
        <translation>Überreicht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
</context>
<context>
    <name>GiftDisposition</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Kept in the town hall</source>
        <translation>Im Rathaus aufbewahrt</translation>
    </message>
    <message>
        <source>On display</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>Eingelagert</translation>
    </message>
    <message>
        <source>Handed to the city archive</source>
        <translation>An das Stadtarchiv übergeben</translation>
    </message>
    <message>
        <source>Auctioned</source>
        <translation>Versteigert</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>Gespendet</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Consumed (food, drink)</source>
        <translation>Verbraucht (Speisen, Getränke)</translation>
    </message>
</context>
<context>
    <name>GiftEditor</name>
    <message>
        <source>No gift selected</source>
        <translation>Kein Geschenk ausgewählt</translation>
    </message>
    <message>
        <source>Select a gift in the list, or register one with “New gift”.</source>
        <translation>Wählen Sie ein Geschenk in der Liste oder erfassen Sie eines mit „Neues Geschenk“.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete gift</source>
        <translation>Geschenk löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save gift</source>
        <translation>Geschenk speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>Neues Geschenk</translation>
    </message>
    <message>
        <source>Given before:</source>
        <translation>Schon einmal überreicht:</translation>
    </message>
    <message>
        <source>Declaration required:</source>
        <translation>Anzeigepflichtig:</translation>
    </message>
    <message>
        <source>Register gift</source>
        <translation>Geschenk erfassen</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>Geschenk bearbeiten</translation>
    </message>
    <message>
        <source>Delete “{gift}” from the register? You can undo this with Ctrl+Z.</source>
        <translation>„{gift}“ aus dem Register löschen? Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>GiftForm</name>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>e.g. Crafts, Mining memento, Book</source>
        <translation>z. B. Kunsthandwerk, Bergbau-Erinnerung, Buch</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Überreicht von</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Überreicht an</translation>
    </message>
    <message>
        <source>Value in EUR</source>
        <translation>Wert in EUR</translation>
    </message>
    <message>
        <source>estimated, e.g. 120.00</source>
        <translation>geschätzt, z. B. 120,00</translation>
    </message>
    <message>
        <source>Value (EUR)</source>
        <translation>Wert (EUR)</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>e.g. City Archive, Mayor&apos;s office</source>
        <translation>z. B. Stadtarchiv, Büro der Oberbürgermeisterin</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>is not an amount in EUR, e.g. 120.00</source>
        <translation>ist kein Betrag in EUR, z. B. 120,00</translation>
    </message>
</context>
<context>
    <name>GiftsScreen</name>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifts given and received on behalf of the city</source>
        <translation>Im Namen der Stadt überreichte und erhaltene Geschenke</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Gifts from a CSV or Excel list with the export&apos;s columns (the office&apos;s earlier register); nothing is added unless every row is right</source>
        <translation>Geschenke aus einer CSV- oder Excel-Liste mit den Spalten des Exports (das bisherige Verzeichnis des Büros); es wird nur übernommen, wenn jede Zeile stimmt</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>Neues Geschenk</translation>
    </message>
    <message>
        <source>Search gift, category, giver, recipient…  (Ctrl+F)</source>
        <translation>Geschenk, Kategorie, Schenkende, Beschenkte suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search gifts</source>
        <translation>Geschenke suchen</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filter nach Richtung</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>Überreicht und erhalten</translation>
    </message>
    <message>
        <source>Gift list</source>
        <translation>Geschenkliste</translation>
    </message>
    <message>
        <source>No gifts registered yet</source>
        <translation>Noch keine Geschenke erfasst</translation>
    </message>
    <message>
        <source>Register what the city gives and receives with “New gift”: the register warns before the same partner gets the same gift twice.</source>
        <translation>Erfassen Sie mit „Neues Geschenk“, was die Stadt überreicht und erhält: Das Register warnt, bevor ein Partner dasselbe Geschenk zweimal erhält.</translation>
    </message>
    <message>
        <source>{count} gifts</source>
        <translation>{count} Geschenke</translation>
    </message>
    <message>
        <source>{count} declarations pending</source>
        <translation>{count} Anzeigen ausstehend</translation>
    </message>
</context>
<context>
    <name>GoldenBookScreen</name>
    <message>
        <source>Golden Book</source>
        <translation>Goldenes Buch</translation>
    </message>
    <message>
        <source>Entries in the City of Dortmund&apos;s Golden Book</source>
        <translation>Eintragungen in das Goldene Buch der Stadt Dortmund</translation>
    </message>
    <message>
        <source>Volumes…</source>
        <translation>Bände…</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Neu nummerieren…</translation>
    </message>
    <message>
        <source>Close the gaps left by cancelled entries</source>
        <translation>Lücken stornierter Einträge schließen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The register of the year chosen in the filter (or all years) as PDF, CSV or XLSX</source>
        <translation>Das Register des im Filter gewählten Jahres (oder aller Jahre) als PDF, CSV oder XLSX</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Entries from a CSV or Excel list with the export&apos;s columns (the office&apos;s earlier register); nothing is added unless every row is right</source>
        <translation>Eintragungen aus einer CSV- oder Excel-Liste mit den Spalten des Exports (das bisherige Verzeichnis des Büros); es wird nur übernommen, wenn jede Zeile stimmt</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Golden Book register</source>
        <translation>Register des Goldenen Buchs</translation>
    </message>
    <message>
        <source>No entries in the Golden Book yet</source>
        <translation>Noch keine Eintragungen im Goldenen Buch</translation>
    </message>
    <message>
        <source>A programme item of the kind “Golden Book signing” plans an entry; or start one here with “New entry”.</source>
        <translation>Ein Programmpunkt der Art „Eintrag ins Goldene Buch“ plant einen Eintrag; oder legen Sie hier einen mit „Neuer Eintrag“ an.</translation>
    </message>
    <message>
        <source>Search names (any script), city, occasion…  (Ctrl+F)</source>
        <translation>Namen (jede Schrift), Stadt, Anlass suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search the Golden Book</source>
        <translation>Im Goldenen Buch suchen</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Filter nach Jahr</translation>
    </message>
    <message>
        <source>Volume filter</source>
        <translation>Filter nach Band</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Volume {number}</source>
        <translation>Band {number}</translation>
    </message>
    <message>
        <source>All volumes</source>
        <translation>Alle Bände</translation>
    </message>
    <message>
        <source>{count} numbers changed.</source>
        <translation>{count} Nummern geändert.</translation>
    </message>
    <message>
        <source>Export the register {year}</source>
        <translation>Register {year} exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Register wird exportiert…</translation>
    </message>
    <message>
        <source>Register saved to {path}.</source>
        <translation>Register gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {title}</source>
        <translation>Verlauf von {title}</translation>
    </message>
    <message>
        <source>{count} changes, newest first</source>
        <translation>{count} Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message>
        <source>Nothing due in the next seven days.</source>
        <translation>In den nächsten sieben Tagen ist nichts fällig.</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Ankünfte und Abreisen</translation>
    </message>
    <message>
        <source>No arrivals or departures this week.</source>
        <translation>Diese Woche keine Ankünfte oder Abreisen.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>No conflicts in the programme this week.</source>
        <translation>Diese Woche keine Konflikte im Programm.</translation>
    </message>
    <message>
        <source>Golden Book signings planned</source>
        <translation>Geplante Eintragungen ins Goldene Buch</translation>
    </message>
    <message>
        <source>No signing planned.</source>
        <translation>Keine Eintragung geplant.</translation>
    </message>
    <message>
        <source>Gifts awaiting declaration</source>
        <translation>Geschenke, die zu melden sind</translation>
    </message>
    <message>
        <source>No received gift awaits its declaration.</source>
        <translation>Kein erhaltenes Geschenk wartet auf seine Meldung.</translation>
    </message>
    <message>
        <source>Enter or a double click opens a line&apos;s record; the box ticks a task done.</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Datensatz einer Zeile; das Kästchen hakt eine Aufgabe ab.</translation>
    </message>
    <message>
        <source>Today is {day}.</source>
        <translation>Heute ist {day}.</translation>
    </message>
    <message>
        <source>1 task overdue.</source>
        <translation>1 Aufgabe überfällig.</translation>
    </message>
    <message>
        <source>{n} tasks overdue.</source>
        <translation>{n} Aufgaben überfällig.</translation>
    </message>
    <message>
        <source>{day}: {what}</source>
        <translation>{day}: {what}</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>noch ohne Datum</translation>
    </message>
    <message>
        <source>{what} ({city}, {day}, {value})</source>
        <translation>{what} ({city}, {day}, {value})</translation>
    </message>
    <message>
        <source>value not estimated</source>
        <translation>Wert nicht geschätzt</translation>
    </message>
    <message>
        <source>{line} — day passed, not recorded as signed</source>
        <translation>{line} — Tag vorbei, nicht als unterzeichnet erfasst</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>meine</translation>
    </message>
    <message>
        <source>{due} · {task}
{visit} · {when}{who}</source>
        <translation>{due} · {task}
{visit} · {when}{who}</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>Überfällig seit {day}</translation>
    </message>
    <message>
        <source>Arrives at the destination</source>
        <translation>Ankunft am Reiseziel</translation>
    </message>
    <message>
        <source>Leaves the destination</source>
        <translation>Abreise vom Reiseziel</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>{when} · {what}: {visit}</source>
        <translation>{when} · {what}: {visit}</translation>
    </message>
    <message>
        <source>None this week. Next: {visit}, {when}</source>
        <translation>Diese Woche keine. Nächste: {visit}, {when}</translation>
    </message>
    <message>
        <source>Tick “{task}”</source>
        <translation>„{task}“ abhaken</translation>
    </message>
</context>
<context>
    <name>HostRole</name>
    <message>
        <source>Mayor</source>
        <translation>Oberbürgermeister</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Ratsmitglied</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New programme item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Programme item sections</source>
        <translation>Bereiche des Programmpunkts</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title (de / en / fr)</source>
        <translation>Titel (de / en / fr)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dress code</source>
        <translation>Kleiderordnung</translation>
    </message>
    <message>
        <source>e.g. business attire; printed for the guests</source>
        <translation>z. B. Business-Kleidung; wird für die Gäste gedruckt</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit programme item</source>
        <translation>Programmpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Something on this tab needs correcting</source>
        <translation>Auf diesem Reiter muss etwas korrigiert werden</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Zeremonie</translation>
    </message>
    <message>
        <source>Golden Book signing</source>
        <translation>Eintrag ins Goldene Buch</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Freizeit</translation>
    </message>
</context>
<context>
    <name>ItemPeople</name>
    <message>
        <source>All members of the delegation</source>
        <translation>Alle Mitglieder der Delegation</translation>
    </message>
    <message>
        <source>All members take part</source>
        <translation>Alle Mitglieder nehmen teil</translation>
    </message>
    <message>
        <source>Only the members ticked below</source>
        <translation>Nur die unten angekreuzten Mitglieder</translation>
    </message>
    <message>
        <source>Only some members take part</source>
        <translation>Nur einige Mitglieder nehmen teil</translation>
    </message>
    <message>
        <source>Participating members</source>
        <translation>Teilnehmende Mitglieder</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>Dietary and accessibility needs of everyone taking part are taken care of</source>
        <translation>Ernährungs- und Barrierefreiheitsbedarfe aller Teilnehmenden sind berücksichtigt</translation>
    </message>
    <message>
        <source>Needs acknowledged</source>
        <translation>Bedarfe berücksichtigt</translation>
    </message>
    <message>
        <source>Tick this once the caterer or venue knows about them; until then the conflict check lists the needs of meals and visits.</source>
        <translation>Ankreuzen, sobald Caterer oder Ort Bescheid wissen; bis dahin listet die Konfliktprüfung die Bedarfe bei Essen und Besuchen auf.</translation>
    </message>
    <message>
        <source>All members of the delegations</source>
        <translation>Alle Mitglieder der Delegationen</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>ItemTexts</name>
    <message>
        <source>For the guests</source>
        <translation>Für die Gäste</translation>
    </message>
    <message>
        <source>Printed in the guests&apos; programme, each guest in their own language.</source>
        <translation>Erscheinen im Programm der Gäste, für jeden Gast in seiner Sprache.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Notes for guests</source>
        <translation>Hinweise für Gäste</translation>
    </message>
    <message>
        <source>Internal notes — office only</source>
        <translation>Interne Notizen – nur für das Büro</translation>
    </message>
    <message>
        <source>Never shown to guests: only the internal run sheet prints them.</source>
        <translation>Nie für Gäste sichtbar: nur der interne Ablaufplan druckt sie.</translation>
    </message>
    <message>
        <source>Internal notes (office only)</source>
        <translation>Interne Notizen (nur Büro)</translation>
    </message>
    <message>
        <source>e.g. who confirms the room, security, contacts</source>
        <translation>z. B. wer den Raum bestätigt, Sicherheit, Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>JourneyFields</name>
    <message>
        <source>{journey}: date and time</source>
        <translation>{journey}: Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>{journey}: mode</source>
        <translation>{journey}: Verkehrsmittel</translation>
    </message>
    <message>
        <source>{journey}: reference</source>
        <translation>{journey}: Referenz</translation>
    </message>
    <message>
        <source>{journey}: place</source>
        <translation>{journey}: Ort</translation>
    </message>
    <message>
        <source>Reference, e.g. LH 1234</source>
        <translation>Referenz, z. B. LH 1234</translation>
    </message>
    <message>
        <source>Place, e.g. Düsseldorf Airport</source>
        <translation>Ort, z. B. Flughafen Düsseldorf</translation>
    </message>
</context>
<context>
    <name>LangTexts</name>
    <message>
        <source>Texts in the guests&apos; languages (he, zh, ru, sr, tr, ro)</source>
        <translation>Texte in den Sprachen der Gäste (he, zh, ru, sr, tr, ro)</translation>
    </message>
    <message>
        <source>More languages for {label}</source>
        <translation>Weitere Sprachen für {label}</translation>
    </message>
</context>
<context>
    <name>LegKind</name>
    <message>
        <source>Outbound</source>
        <translation>Hinreise</translation>
    </message>
    <message>
        <source>Onward</source>
        <translation>Weiterreise</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückreise</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>Automatische Sicherung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Delegation Planner</source>
        <translation>Delegation Planner</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Golden Book</source>
        <translation>Goldenes Buch</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Partner cities</source>
        <translation>Partnerstädte</translation>
    </message>
    <message>
        <source>People &amp; Venues</source>
        <translation>Personen &amp; Orte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Die Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the generated document</source>
        <translation>Das erstellte Dokument drucken</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demodaten laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Office and letterhead…</source>
        <translation>&amp;Büro und Briefkopf…</translation>
    </message>
    <message>
        <source>Checklists and &amp;letters…</source>
        <translation>Checklisten und &amp;Briefe…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find and &amp;open…</source>
        <translation>Suchen und ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Delegation Planner</source>
        <translation>Ü&amp;ber Delegation Planner</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeitet…</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>Gespeichert: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Wiederhergestellt: {what}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
    <message>
        <source>Save or discard the changes to the delegation being edited first.</source>
        <translation>Bitte zuerst die Änderungen an der bearbeiteten Delegation speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demodaten geladen.</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline – changes cannot be saved until the server is back</source>
        <translation>● Offline – Änderungen können erst gespeichert werden, wenn der Server wieder erreichbar ist</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member details</source>
        <translation>Mitglied – Details</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>e.g. Ms, Dr</source>
        <translation>z. B. Frau, Dr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Salutation and name</source>
        <translation>Anrede und Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Landessprache</translation>
    </message>
    <message>
        <source>Title / function</source>
        <translation>Titel / Funktion</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>language codes, e.g. he, en</source>
        <translation>Sprachcodes, z. B. he, en</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarfe</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>e.g. kosher</source>
        <translation>z. B. koscher</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Passport (for a visa letter)</source>
        <translation>Reisepass (für ein Visaschreiben)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Reisepassnummer</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Reisepass gültig bis</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Own arrival and departure</source>
        <translation>Eigene Anreise und Abreise</translation>
    </message>
    <message>
        <source>Only if this member travels apart from the delegation; else leave it empty.</source>
        <translation>Nur wenn dieses Mitglied getrennt von der Delegation reist; sonst leer lassen.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>On the guest&apos;s request: contact, needs, travel references and passport, in every visit</source>
        <translation>Auf Wunsch des Gastes: Kontakt, Bedürfnisse, Reisedaten und Reisepass, in jedem Besuch</translation>
    </message>
    <message>
        <source>{journey}: date and time</source>
        <translation>{journey}: Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>{journey}: mode</source>
        <translation>{journey}: Verkehrsmittel</translation>
    </message>
    <message>
        <source>{journey}: reference</source>
        <translation>{journey}: Referenz</translation>
    </message>
    <message>
        <source>{journey}: place</source>
        <translation>{journey}: Ort</translation>
    </message>
    <message>
        <source>Edit member details</source>
        <translation>Mitglied-Details bearbeiten</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase the contact details, needs, travel references and passport of {name} in every visit stored?

The name stays in the Golden Book and the record of visits. This cannot be undone; backups taken before now keep the old values until they are rotated out.</source>
        <translation>Kontaktdaten, Bedürfnisse, Reisedaten und Reisepass von {name} in jedem gespeicherten Besuch löschen?

Der Name bleibt im Goldenen Buch und in der Übersicht der Besuche. Dies kann nicht rückgängig gemacht werden; Sicherungen von vorher enthalten die alten Werte, bis sie aussortiert werden.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Order of precedence: drag rows (or Alt+↑/↓) to reorder. Double-click a cell to edit it; Enter or “Details…” edits everything else (contact, needs, own arrival and departure). ★ marks the head of delegation.</source>
        <translation>Protokollarische Rangfolge: Zeilen ziehen (oder Alt+↑/↓) zum Umsortieren. Doppelklick auf eine Zelle zum Bearbeiten; Eingabetaste oder „Details…“ bearbeitet alles Weitere (Kontakt, Bedarfe, eigene An- und Abreise). ★ kennzeichnet die Delegationsleitung.</translation>
    </message>
    <message>
        <source>Name of the new member</source>
        <translation>Name des neuen Mitglieds</translation>
    </message>
    <message>
        <source>New member name</source>
        <translation>Name des neuen Mitglieds</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>★ Mark as head of delegation</source>
        <translation>★ Als Delegationsleitung markieren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>All details of the selected member (Enter in the table)</source>
        <translation>Alle Details des ausgewählten Mitglieds (Eingabetaste in der Tabelle)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Mitglied bearbeiten</translation>
    </message>
    <message>
        <source>Mark as head of delegation</source>
        <translation>Als Delegationsleitung markieren</translation>
    </message>
    <message>
        <source>Reorder members</source>
        <translation>Mitglieder umsortieren</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office and letterhead</source>
        <translation>Büro und Briefkopf</translation>
    </message>
    <message>
        <source>Printed in the header, on the cover and in the footer of every document: itineraries, registers, badges, letters.</source>
        <translation>Steht in Kopfzeile, Deckblatt und Fußzeile jedes Dokuments: Programme, Register, Namensschilder, Briefe.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>e.g. Büro für Internationale Beziehungen</source>
        <translation>z. B. Büro für Internationale Beziehungen</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>24-hour contact</source>
        <translation>Rund um die Uhr erreichbar</translation>
    </message>
    <message>
        <source>The number guests call at any hour during a visit; printed on every guest programme.</source>
        <translation>Die Nummer, unter der Gäste während eines Besuchs jederzeit anrufen; steht auf jedem Gästeprogramm.</translation>
    </message>
    <message>
        <source>Crest or logo</source>
        <translation>Wappen oder Logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Images (*.svg *.png)</source>
        <translation>Bilder (*.svg *.png)</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <source>Partner cities</source>
        <translation>Partnerstädte</translation>
    </message>
    <message>
        <source>Twin cities and partners of the City of Dortmund</source>
        <translation>Partnerstädte und Partner der Stadt Dortmund</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Some characters cannot be printed in any installed font:</source>
        <translation>Einige Zeichen kann keine installierte Schrift drucken:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>An die Seitenbreite anpassen</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Ganze Seiten zeigen</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>PeopleVenuesScreen</name>
    <message>
        <source>People &amp; Venues</source>
        <translation>Personen &amp; Orte</translation>
    </message>
    <message>
        <source>Hosts on the city&apos;s side, places and resources</source>
        <translation>Gastgeber der Stadt, Orte und Ressourcen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>No photographs yet.</source>
        <translation>Noch keine Fotos.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Foto hinzufügen…</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>Save the entry first, then add photos.</source>
        <translation>Speichern Sie zuerst den Eintrag, dann die Fotos.</translation>
    </message>
    <message>
        <source>Photo missing
{name}</source>
        <translation>Foto fehlt
{name}</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>kein lesbares Bild</translation>
    </message>
    <message>
        <source>Photo missing: {reason}</source>
        <translation>Foto fehlt: {reason}</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is {n} characters long; at most {limit} are allowed</source>
        <translation>ist {n} Zeichen lang; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>must be at least 1, not {value}</source>
        <translation>muss mindestens 1 sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be 0 or more, not {value}</source>
        <translation>muss 0 oder größer sein, nicht {value}</translation>
    </message>
    <message>
        <source>needs a date and time</source>
        <translation>braucht Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code like &apos;de&apos;, &apos;en&apos; or &apos;he&apos;</source>
        <translation>„{code}“ ist kein Sprachcode wie „de“, „en“ oder „he“</translation>
    </message>
    <message>
        <source>needs a text in at least one language (de, en or fr)</source>
        <translation>braucht einen Text in mindestens einer Sprache (de, en oder fr)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a two-letter country code like &apos;IL&apos; or &apos;CN&apos;</source>
        <translation>„{code}“ ist kein zweistelliger Ländercode wie „IL“ oder „CN“</translation>
    </message>
    <message>
        <source>{year} is not a plausible year</source>
        <translation>{year} ist kein plausibles Jahr</translation>
    </message>
    <message>
        <source>departure is before arrival</source>
        <translation>die Abreise liegt vor der Ankunft</translation>
    </message>
    <message>
        <source>the status cannot go from {old} to {new}</source>
        <translation>der Status kann nicht von {old} nach {new} wechseln</translation>
    </message>
    <message>
        <source>protocol rank starts at 1 (highest); {rank} is not allowed</source>
        <translation>der Protokollrang beginnt bei 1 (höchster); {rank} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>has no duration (end equals start)</source>
        <translation>hat keine Dauer (Ende gleich Beginn)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists</source>
        <translation>„{name}“ gibt es bereits</translation>
    </message>
    <message>
        <source>this record is still used by {count} other records; change those first</source>
        <translation>dieser Eintrag wird noch von {count} anderen verwendet; ändern Sie diese zuerst</translation>
    </message>
    <message>
        <source>an item belongs to at least one delegation</source>
        <translation>ein Programmpunkt gehört zu mindestens einer Delegation</translation>
    </message>
    <message>
        <source>tick members only when not everyone takes part</source>
        <translation>Mitglieder nur ankreuzen, wenn nicht alle teilnehmen</translation>
    </message>
    <message>
        <source>this member&apos;s delegation is not part of the item</source>
        <translation>Die Delegation dieses Mitglieds gehört nicht zu diesem Programmpunkt</translation>
    </message>
    <message>
        <source>the chosen record no longer exists (someone may have deleted it)</source>
        <translation>Der gewählte Eintrag existiert nicht mehr (jemand hat ihn vielleicht gelöscht)</translation>
    </message>
    <message>
        <source>a venue has no travel time to itself</source>
        <translation>Ein Ort hat keine Fahrzeit zu sich selbst</translation>
    </message>
    <message>
        <source>{minutes} minutes is not between 0 and 1440 (one day)</source>
        <translation>{minutes} Minuten liegt nicht zwischen 0 und 1440 (ein Tag)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be at most {limit}, not {value}</source>
        <translation>darf höchstens {limit} sein, nicht {value}</translation>
    </message>
    <message>
        <source>volume {number} already exists</source>
        <translation>Band {number} gibt es schon</translation>
    </message>
    <message>
        <source>a signed entry stays in its volume</source>
        <translation>Ein unterschriebener Eintrag bleibt in seinem Band</translation>
    </message>
    <message>
        <source>only a planned entry can be signed</source>
        <translation>Nur ein geplanter Eintrag kann unterschrieben werden</translation>
    </message>
    <message>
        <source>a signed entry stays in the register; cancel it instead</source>
        <translation>eine unterschriebene Eintragung bleibt im Register; bitte stornieren</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone like &apos;Europe/Berlin&apos; or &apos;Asia/Shanghai&apos;</source>
        <translation>„{name}“ ist keine Zeitzone wie „Europe/Berlin“ oder „Asia/Shanghai“</translation>
    </message>
    <message>
        <source>only a trip abroad answers an invitation (accepted, declined)</source>
        <translation>nur eine Reise ins Ausland beantwortet eine Einladung (zugesagt, abgesagt)</translation>
    </message>
    <message>
        <source>travellers, journeys and costs belong to a trip abroad</source>
        <translation>Reisende, Reiseverbindungen und Kosten gehören zu einer Reise ins Ausland</translation>
    </message>
    <message>
        <source>a declined invitation needs the reason, for the letter and the files</source>
        <translation>eine abgesagte Einladung braucht den Grund, für das Schreiben und die Akten</translation>
    </message>
    <message>
        <source>this person is already listed as a traveller</source>
        <translation>diese Person ist bereits als Reisende/r eingetragen</translation>
    </message>
    <message>
        <source>arrives before it departs (compare the local times with their zones)</source>
        <translation>kommt an, bevor sie abfährt (Ortszeiten mit ihren Zeitzonen vergleichen)</translation>
    </message>
    <message>
        <source>a journey out comes after a journey home; check the kinds of the journeys</source>
        <translation>eine Hinreise liegt nach einer Rückreise; bitte die Art der Verbindungen prüfen</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate +1 day</source>
        <translation>Duplizieren +1 Tag</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Minutes to move by</source>
        <translation>Verschiebung in Minuten</translation>
    </message>
    <message>
        <source>− Earlier</source>
        <translation>− Früher</translation>
    </message>
    <message>
        <source>+ Later</source>
        <translation>+ Später</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <source>Move by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Programme items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>No programme items yet. Add the first with “Add item”.</source>
        <translation>Noch keine Programmpunkte. Fügen Sie den ersten mit „Punkt hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Duplicate programme item</source>
        <translation>Programmpunkt duplizieren</translation>
    </message>
    <message>
        <source>Move programme item</source>
        <translation>Programmpunkt verschieben</translation>
    </message>
    <message>
        <source>Delete programme item</source>
        <translation>Programmpunkt löschen</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>All programme items of all delegations</source>
        <translation>Alle Programmpunkte aller Delegationen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Filter items, venues, delegations…  (Ctrl+F)</source>
        <translation>Punkte, Orte, Delegationen filtern…  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter programme</source>
        <translation>Programm filtern</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Programme items</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <source>No programme items in this period</source>
        <translation>Keine Programmpunkte in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Choose another period above, or add items in a delegation&apos;s Programme tab.</source>
        <translation>Wählen Sie oben einen anderen Zeitraum oder fügen Sie Punkte im Programm-Reiter einer Delegation hinzu.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>{count} programme items</source>
        <translation>{count} Programmpunkte</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Import Golden Book entries</source>
        <translation>Eintragungen ins Goldene Buch importieren</translation>
    </message>
    <message>
        <source>1 entry imported from {file}.</source>
        <translation>1 Eintragung aus {file} importiert.</translation>
    </message>
    <message>
        <source>{count} entries imported from {file}.</source>
        <translation>{count} Eintragungen aus {file} importiert.</translation>
    </message>
    <message>
        <source>Import gifts</source>
        <translation>Geschenke importieren</translation>
    </message>
    <message>
        <source>1 gift imported from {file}.</source>
        <translation>1 Geschenk aus {file} importiert.</translation>
    </message>
    <message>
        <source>{count} gifts imported from {file}.</source>
        <translation>{count} Geschenke aus {file} importiert.</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Listen (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Twin city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Project partnership</source>
        <translation>Projektpartnerschaft</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber volume {volume}</source>
        <translation>Band {volume} neu nummerieren</translation>
    </message>
    <message>
        <source>Cancelled entries give up their numbers and the later entries close up. The change is recorded in the audit trail and cannot be undone.</source>
        <translation>Stornierte Einträge geben ihre Nummer ab, die späteren rücken auf. Die Änderung wird protokolliert und lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>There are no gaps: no number would change.</source>
        <translation>Es gibt keine Lücken: Keine Nummer würde sich ändern.</translation>
    </message>
    <message>
        <source>Numbers that move</source>
        <translation>Nummern, die sich ändern</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Nummer</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Neu nummerieren</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Interpreter booking</source>
        <translation>Dolmetscherbuchung</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <source>Arrange the seats</source>
        <translation>Sitzordnung bearbeiten</translation>
    </message>
    <message>
        <source>The rules seat everyone first. Drag a person onto another chair, or select two chairs and press Swap; lock the chairs you want to keep and let the rules seat the others again.</source>
        <translation>Zuerst setzen die Regeln alle. Ziehen Sie eine Person auf einen anderen Platz oder wählen Sie zwei Plätze und drücken Sie „Tauschen“; halten Sie die Plätze fest, die bleiben sollen, und lassen Sie die Regeln die übrigen neu setzen.</translation>
    </message>
    <message>
        <source>Table shape</source>
        <translation>Tischform</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rund</translation>
    </message>
    <message>
        <source>Long, both sides</source>
        <translation>Lang, beidseitig</translation>
    </message>
    <message>
        <source>Long, one side</source>
        <translation>Lang, einseitig</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>U-Form</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Co-host facing the host</source>
        <translation>Co-Gastgeber gegenüber dem Gastgeber</translation>
    </message>
    <message>
        <source>Co-host at the far end</source>
        <translation>Co-Gastgeber am anderen Ende</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>e.g. Ehrentisch:10, Tisch 2:8</source>
        <translation>z. B. Ehrentisch:10, Tisch 2:8</translation>
    </message>
    <message>
        <source>Seat by the rules</source>
        <translation>Nach den Regeln setzen</translation>
    </message>
    <message>
        <source>Seat everyone again at these tables, in this shape and style (locks are kept)</source>
        <translation>Alle neu an diese Tische setzen, in dieser Form und diesem Stil (festgehaltene Plätze bleiben)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Exchange the two selected chairs</source>
        <translation>Die beiden gewählten Plätze tauschen</translation>
    </message>
    <message>
        <source>Seat the others again</source>
        <translation>Übrige neu setzen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Swap two chairs</source>
        <translation>Zwei Plätze tauschen</translation>
    </message>
    <message>
        <source>Select two chairs to swap.</source>
        <translation>Wählen Sie zwei Plätze zum Tauschen.</translation>
    </message>
    <message>
        <source>Lock a chair</source>
        <translation>Platz festhalten</translation>
    </message>
    <message>
        <source>Unlock a chair</source>
        <translation>Platz freigeben</translation>
    </message>
    <message>
        <source>“{part}” must look like NAME:SEATS with 1 to 200 seats, e.g. Ehrentisch:10</source>
        <translation>„{part}“ muss die Form NAME:PLÄTZE mit 1 bis 200 Plätzen haben, z. B. Ehrentisch:10</translation>
    </message>
    <message>
        <source>Name at least one table, e.g. Ehrentisch:10</source>
        <translation>Nennen Sie mindestens einen Tisch, z. B. Ehrentisch:10</translation>
    </message>
    <message>
        <source>Save the seating before closing?</source>
        <translation>Die Sitzordnung vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign entry</source>
        <translation>Eintrag unterzeichnen</translation>
    </message>
    <message>
        <source>Record the signing by {who}. The entry gets the next number in the book; this cannot be undone (a mistaken signing is cancelled and renumbered).</source>
        <translation>Unterzeichnung durch {who} erfassen. Der Eintrag erhält die nächste Nummer im Buch; das lässt sich nicht rückgängig machen (eine irrtümliche Unterzeichnung wird storniert und neu nummeriert).</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Datum der Unterzeichnung</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterzeichnen</translation>
    </message>
</context>
<context>
    <name>SignersTable</name>
    <message>
        <source>Signers</source>
        <translation>Unterzeichnende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>Originalschrift</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove signer</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Changed by someone else while you were editing.</source>
        <translation>Von jemand anderem geändert, während Sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>What the partnerships did in a year</source>
        <translation>Was die Partnerschaften in einem Jahr bewegt haben</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>The annual report as PDF (charts) or XLSX</source>
        <translation>Der Jahresbericht als PDF (Diagramme) oder XLSX</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Nothing to count in this year</source>
        <translation>In diesem Jahr gibt es nichts zu zählen</translation>
    </message>
    <message>
        <source>No delegation arrived, no Golden Book entry was signed and no gift was recorded in the chosen year. Choose another year above.</source>
        <translation>Im gewählten Jahr ist keine Delegation angereist, wurde nichts ins Goldene Buch eingetragen und kein Geschenk erfasst. Wählen Sie oben ein anderes Jahr.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Partner cities without a visit in {year}: {cities}</source>
        <translation>Partnerstädte ohne Besuch {year}: {cities}</translation>
    </message>
    <message>
        <source>Every partner city visited in {year}.</source>
        <translation>Alle Partnerstädte waren {year} zu Gast.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Bericht als PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Figures as spreadsheet (*.xlsx)</source>
        <translation>Zahlen als Tabelle (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Jahresbericht exportieren</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Checklists and letters</source>
        <translation>Checklisten und Briefe</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation>Neue Checkliste…</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Checkliste entfernen</translation>
    </message>
    <message>
        <source>Each task&apos;s deadline counts from the visit&apos;s arrival or departure; it moves with the visit until the task is done.</source>
        <translation>Die Frist jeder Aufgabe zählt ab Ankunft oder Abreise des Besuchs; sie wandert mit dem Besuch, bis die Aufgabe erledigt ist.</translation>
    </message>
    <message>
        <source>Tasks of the checklist</source>
        <translation>Aufgaben der Checkliste</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Only when</source>
        <translation>Nur wenn</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>Days (negative: before)</source>
        <translation>Tage (negativ: vorher)</translation>
    </message>
    <message>
        <source>Negative: days before; positive: days after</source>
        <translation>Negativ: Tage vorher; positiv: Tage danach</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>the visit&apos;s officer</source>
        <translation>Betreuung des Besuchs</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>a visit to the city</source>
        <translation>Besuch in der Stadt</translation>
    </message>
    <message>
        <source>a trip abroad</source>
        <translation>Reise ins Ausland</translation>
    </message>
    <message>
        <source>a Golden Book signing</source>
        <translation>Eintragung ins Goldene Buch</translation>
    </message>
    <message>
        <source>interpreters are booked</source>
        <translation>Dolmetscher gebucht</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Neue Checkliste</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Art des Briefs</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Visa support letter</source>
        <translation>Visa-Unterstützungsschreiben</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Address block</source>
        <translation>Anschriftfeld</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Text des Briefs</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A blank line starts a paragraph; the last paragraph is who signs (room for the signature is left above it).</source>
        <translation>Eine Leerzeile beginnt einen Absatz; der letzte Absatz nennt, wer unterschreibt (darüber bleibt Platz für die Unterschrift).</translation>
    </message>
    <message>
        <source>Placeholders (double click inserts)</source>
        <translation>Platzhalter (Doppelklick fügt ein)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Edit checklists</source>
        <translation>Checklisten bearbeiten</translation>
    </message>
    <message>
        <source>Edit letter templates</source>
        <translation>Briefvorlagen bearbeiten</translation>
    </message>
    <message>
        <source>{checklist}, task {n}</source>
        <translation>{checklist}, Aufgabe {n}</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Programme timeline</source>
        <translation>Programm-Zeitleiste</translation>
    </message>
    <message>
        <source>Week plan (PDF)…</source>
        <translation>Wochenplan (PDF)…</translation>
    </message>
    <message>
        <source>The shown week with these rows as a printable plan, conflicts included (Ctrl+P)</source>
        <translation>Die angezeigte Woche mit diesen Zeilen als druckbarer Plan, mit Konflikten (Strg+P)</translation>
    </message>
    <message>
        <source>Week plan, week {week}</source>
        <translation>Wochenplan, Woche {week}</translation>
    </message>
    <message>
        <source>Loading the programme…</source>
        <translation>Programm wird geladen…</translation>
    </message>
    <message>
        <source>1 programme item in the period shown</source>
        <translation>1 Programmpunkt im gezeigten Zeitraum</translation>
    </message>
    <message>
        <source>{count} programme items in the period shown</source>
        <translation>{count} Programmpunkte im gezeigten Zeitraum</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>„{title}“ verschieben</translation>
    </message>
</context>
<context>
    <name>TravelMode</name>
    <message>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>TravelTimesPanel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Fahrzeiten</translation>
    </message>
    <message>
        <source>Filter venues…</source>
        <translation>Orte filtern…</translation>
    </message>
    <message>
        <source>Filter travel times by venue</source>
        <translation>Fahrzeiten nach Ort filtern</translation>
    </message>
    <message>
        <source>To venue</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Clear travel time</source>
        <translation>Fahrzeit löschen</translation>
    </message>
    <message>
        <source>Minutes on the road from this venue to the others; the conflict check warns when consecutive items leave less. Type a number in a row, Delete clears it; each change is saved at once (Ctrl+Z undoes it).</source>
        <translation>Minuten Fahrt von diesem Ort zu den anderen; die Konfliktprüfung warnt, wenn aufeinanderfolgende Programmpunkte weniger Zeit lassen. Zahl in eine Zeile tippen, Entf löscht sie; jede Änderung wird sofort gespeichert (Strg+Z macht sie rückgängig).</translation>
    </message>
    <message>
        <source>Save the venue first; then enter its travel times here.</source>
        <translation>Speichern Sie zuerst den Ort; dann tragen Sie hier seine Fahrzeiten ein.</translation>
    </message>
    <message>
        <source>Clear travel time to {venue}</source>
        <translation>Fahrzeit nach {venue} löschen</translation>
    </message>
    <message>
        <source>Travel time to {venue}: {minutes} min</source>
        <translation>Fahrzeit nach {venue}: {minutes} Min.</translation>
    </message>
    <message>
        <source>Enter the minutes as a number from 0 to {max}, or leave it empty.</source>
        <translation>Geben Sie die Minuten als Zahl von 0 bis {max} ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>TripFields</name>
    <message>
        <source>Trip abroad</source>
        <translation>Reise ins Ausland</translation>
    </message>
    <message>
        <source>Time zone of the destination</source>
        <translation>Zeitzone des Reiseziels</translation>
    </message>
    <message>
        <source>— the partner city&apos;s —</source>
        <translation>— die der Partnerstadt —</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Reisende/r</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Pass gültig bis</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <source>Add traveller</source>
        <translation>Reisende/n hinzufügen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Departs (local)</source>
        <translation>Ab (Ortszeit)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Arrives (local)</source>
        <translation>An (Ortszeit)</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Reiseverbindungen</translation>
    </message>
    <message>
        <source>Journeys (local times, e.g. 2026-10-17 17:55)</source>
        <translation>Reiseverbindungen (Ortszeiten, z. B. 2026-10-17 17:55)</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation>Kosten hinzufügen</translation>
    </message>
    <message>
        <source>Allowance per traveller and day (EUR)</source>
        <translation>Tagegeld je Person und Tag (EUR)</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>choose the person who travels</source>
        <translation>bitte die reisende Person wählen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date like 2031-03-31</source>
        <translation>„{text}“ ist kein Datum wie 2031-03-31</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone like &apos;Asia/Shanghai&apos;</source>
        <translation>„{zone}“ ist keine Zeitzone wie „Asia/Shanghai“</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a local time like 2026-10-17 17:55</source>
        <translation>„{text}“ ist keine Ortszeit wie 2026-10-17 17:55</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in euros like 46,00</source>
        <translation>„{text}“ ist kein Betrag in Euro wie 46,00</translation>
    </message>
</context>
<context>
    <name>VisaStatus</name>
    <message>
        <source>Visa: not checked</source>
        <translation>Visum: nicht geprüft</translation>
    </message>
    <message>
        <source>No visa needed</source>
        <translation>Kein Visum nötig</translation>
    </message>
    <message>
        <source>Visa needed</source>
        <translation>Visum nötig</translation>
    </message>
    <message>
        <source>Visa applied for</source>
        <translation>Visum beantragt</translation>
    </message>
    <message>
        <source>Visa granted</source>
        <translation>Visum erteilt</translation>
    </message>
</context>
<context>
    <name>VolumesDialog</name>
    <message>
        <source>Golden Book volumes</source>
        <translation>Bände des Goldenen Buchs</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Bände</translation>
    </message>
    <message>
        <source>New volume</source>
        <translation>Neuer Band</translation>
    </message>
    <message>
        <source>Volume number</source>
        <translation>Bandnummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Erster Eintrag</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Letzter Eintrag</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Save volume</source>
        <translation>Band speichern</translation>
    </message>
    <message>
        <source>Entry numbers continue across volumes</source>
        <translation>Eintragsnummern laufen über die Bände weiter</translation>
    </message>
    <message>
        <source>Otherwise every volume starts again at 1. Applies to future signings.</source>
        <translation>Sonst beginnt jeder Band wieder bei 1. Gilt für künftige Unterzeichnungen.</translation>
    </message>
    <message>
        <source>Volume {number}: {title}</source>
        <translation>Band {number}: {title}</translation>
    </message>
</context>
</TS>
