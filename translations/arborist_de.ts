<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Arborist::AboutDialog</name>
    <message>
        <location filename="../src/widgets/aboutdialog.cpp" line="+21"/>
        <source>About Arborist</source>
        <translation>Über Arborist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A desktop workstation for collecting conversation data to train chat models: write prompts and replies, label messages, rank replies, and export the finished trees in the Open-Assistant format.</source>
        <translation>Eine Desktop-Arbeitsumgebung zum Sammeln von Gesprächsdaten für das Training von Chat-Modellen: Prompts und Antworten schreiben, Nachrichten bewerten, Antworten in eine Rangfolge bringen und die fertigen Bäume im Open-Assistant-Format exportieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Arborist is free software under the MIT License:</source>
        <translation>Arborist ist freie Software unter der MIT-Lizenz:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Built with Qt %1, running on Qt %2. Qt is used under the GNU Lesser General Public License version 3 (LGPLv3); Arborist links it dynamically, so its Qt libraries can be replaced. See &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2. Qt wird unter der GNU Lesser General Public License Version 3 (LGPLv3) verwendet; Arborist bindet Qt dynamisch ein, sodass die Qt-Bibliotheken ausgetauscht werden können. Siehe &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Arborist::ConnectPage</name>
    <message>
        <location filename="../src/widgets/connectpage.cpp" line="+36"/>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+327"/>
        <source>Recent connections…</source>
        <translation>Zuletzt verwendete Verbindungen…</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>&amp;This computer (the embedded database)</source>
        <translation>&amp;Dieser Computer (die eingebettete Datenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database &amp;file</source>
        <translation>Eine Datenbank-Dat&amp;ei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Postgre&amp;SQL server (a team&apos;s database)</source>
        <translation>Ein Postgre&amp;SQL-Server (die Datenbank eines Teams)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own database in %1.</source>
        <translation>Ihre eigene Datenbank in %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/path/to/team.db</source>
        <translation>/pfad/zu/team.db</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an Arborist database</source>
        <translation>Arborist-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arborist databases (*.db *.sqlite);;All files (*)</source>
        <translation>Arborist-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>never stored</source>
        <translation>wird nie gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prefer TLS</source>
        <translation>TLS bevorzugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require TLS</source>
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require TLS and verify the server (verify-full)</source>
        <translation>TLS erforderlich, Server überprüfen (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate file, for verify-full</source>
        <translation>CA-Zertifikatsdatei, für verify-full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who are you:</source>
        <translation>&amp;Wer sind Sie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working language:</source>
        <translation>A&amp;rbeitssprache:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the database file first.</source>
        <translation>Wählen Sie zuerst die Datenbankdatei aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the host, the database and the user.</source>
        <translation>Geben Sie Host, Datenbank und Benutzer an.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This database has no users yet. An admin adds them with `arborist-cli user add NAME`.</source>
        <translation>Diese Datenbank hat noch keine Benutzer. Ein Admin legt sie mit `arborist-cli user add NAME` an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected. Choose who you are.</source>
        <translation>Verbunden. Wählen Sie aus, wer Sie sind.</translation>
    </message>
</context>
<context>
    <name>Arborist::ConversationTreeModel</name>
    <message>
        <location filename="../src/models/conversationtreemodel.cpp" line="+124"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
</context>
<context>
    <name>Arborist::DashboardPage</name>
    <message>
        <location filename="../src/widgets/dashboardpage.cpp" line="+73"/>
        <source>0  I&apos;m feeling lucky: any task</source>
        <translation>0  Auf gut Glück: irgendeine Aufgabe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hello, %1. What would you like to do?</source>
        <translation>Hallo, %1. Was möchten Sie tun?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The task counts could not be read: %1</source>
        <translation>Die Anzahl der Aufgaben konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>0  I&apos;m feeling lucky: any of %n task(s)</source>
        <translation>
            <numerusform>0  Auf gut Glück: eine von %n Aufgabe</numerusform>
            <numerusform>0  Auf gut Glück: eine von %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0  I&apos;m feeling lucky: nothing to do right now</source>
        <translation>0  Auf gut Glück: gerade nichts zu tun</translation>
    </message>
</context>
<context>
    <name>Arborist::DashboardWindow</name>
    <message>
        <location filename="../src/widgets/dashboardwindow.cpp" line="+96"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Team dashboard</source>
        <translation>Team-Dashboard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applies to tasks and annotators; trees, labels and agreement cover all time</source>
        <translation>gilt für Aufgaben und Annotatoren; Bäume, Labels und Übereinstimmung umfassen den gesamten Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every figure again (F5)</source>
        <translation>Alle Zahlen neu einlesen (F5)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trees by state and language</source>
        <translation>Bäume nach Status und Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+555"/>
        <source>Tasks done per day, by type</source>
        <translation>Erledigte Aufgaben pro Tag, nach Art</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Double-click an annotator to browse the trees they wrote in.</source>
        <translation>Doppelklicken Sie auf einen Annotator, um die Bäume anzuzeigen, in denen er geschrieben hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most tasks done</source>
        <translation>Die meisten erledigten Aufgaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes/no labels and flags: how often each answer was given</source>
        <translation>Ja/Nein-Labels und Markierungen: wie oft jede Antwort gegeben wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings: how often each step was given (1 = lowest, 5 = highest)</source>
        <translation>Bewertungen: wie oft jede Stufe vergeben wurde (1 = niedrigste, 5 = höchste)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Double-click a label to browse the trees where its annotators disagree.</source>
        <translation>Doppelklicken Sie auf ein Label, um die Bäume anzuzeigen, bei denen sich seine Annotatoren uneinig sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreement on labels: Krippendorff&apos;s alpha</source>
        <translation>Übereinstimmung bei Labels: Krippendorffs Alpha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreement on rankings: Kendall&apos;s W per sibling group</source>
        <translation>Übereinstimmung bei Rangfolgen: Kendalls W pro Geschwistergruppe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Overview</source>
        <translation>Über&amp;blick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnotators</source>
        <translation>A&amp;nnotatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;greement</source>
        <translation>Überein&amp;stimmung</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+132"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an image, or its figures as a CSV file</source>
        <translation>Dieses Diagramm als Bild oder seine Zahlen als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Press &lt;b&gt;Try again&lt;/b&gt; or F5; if it keeps failing, check the connection to the database (the main window&apos;s status bar shows which one is open).</source>
        <translation>Drücken Sie &lt;b&gt;Erneut versuchen&lt;/b&gt; oder F5. Wenn der Fehler bestehen bleibt, prüfen Sie die Verbindung zur Datenbank (die Statusleiste des Hauptfensters zeigt, welche geöffnet ist).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as a lead or an admin to see the dashboard.</source>
        <translation>Melden Sie sich als Teamleitung oder Admin an, um das Dashboard zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press &lt;b&gt;Try again&lt;/b&gt; or F5.</source>
        <translation>Drücken Sie &lt;b&gt;Erneut versuchen&lt;/b&gt; oder F5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The figures could not be read.&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Die Zahlen konnten nicht gelesen werden.&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No figures to show.</source>
        <translation>Keine Zahlen vorhanden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the figures read before</source>
        <translation>Zuvor gelesene Zahlen werden angezeigt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>all time</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>insgesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 365 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>in den letzten 365 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 90 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>in den letzten 90 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 30 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 7 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &amp;nbsp;·&amp;nbsp; %2, %3 and %4 (%5)</source>
        <comment>trees · tasks, messages and annotators (period)</comment>
        <translation>%1 &amp;nbsp;·&amp;nbsp; %2, %3 und %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; trees</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Baum</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bäume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; tasks done</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Aufgabe erledigt</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Aufgaben erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; messages written</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Nachricht geschrieben</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Nachrichten geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; annotators at work</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; aktiver Annotator</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; aktive Annotatoren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Other languages</source>
        <translation>Andere Sprachen</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trees in state %1, language %2: %3</source>
        <translation>Bäume im Status %1, Sprache %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trees in state %1, other languages (%2): %3</source>
        <translation>Bäume im Status %1, andere Sprachen (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trees in state %1: %2</source>
        <translation>Bäume im Status %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No trees yet: they appear here once a prompt is written or imported.</source>
        <translation>Noch keine Bäume vorhanden: Bäume erscheinen hier, sobald ein Prompt geschrieben oder importiert wurde.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to browse them.</source>
        <translation>Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+162"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Total done</source>
        <translation>Erledigt gesamt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2: %3 done</source>
        <translation>%1 · %2: %3 erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 skipped</source>
        <translation>%1: %2 übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 done</source>
        <translation>%1: %2 erledigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No task was finished in this period.</source>
        <translation>In diesem Zeitraum wurde keine Aufgabe abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks done per week, by type</source>
        <translation>Erledigte Aufgaben pro Woche, nach Art</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Click to browse the trees of these tasks.</source>
        <translation>Klicken Sie, um die Bäume dieser Aufgaben anzuzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>tasks done</source>
        <translation>erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+197"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted %</source>
        <translation>Angenommen %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median time per task</source>
        <translation>Mediane Zeit pro Aufgabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to browse the trees %1 wrote in.</source>
        <translation>Doppelklicken Sie, um die Bäume anzuzeigen, in denen %1 geschrieben hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accepted: %1 of %2 decided; still under review: %3</source>
        <translation>Angenommen: %1 von %2 entschiedenen; noch in Prüfung: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No message of theirs has been decided yet.</source>
        <translation>Über keine Nachricht dieser Person wurde bisher entschieden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half of their tasks took less, half took more (from receiving a task to finishing it).</source>
        <translation>Die Hälfte der Aufgaben dauerte kürzer, die andere Hälfte länger (vom Erhalt einer Aufgabe bis zu ihrem Abschluss).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They finished no task in this period.</source>
        <translation>In diesem Zeitraum keine Aufgabe abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody finished a task or wrote a message in this period.</source>
        <translation>In diesem Zeitraum hat niemand eine Aufgabe abgeschlossen oder eine Nachricht geschrieben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody finished a task in this period.</source>
        <translation>In diesem Zeitraum hat niemand eine Aufgabe abgeschlossen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — tasks done: %2</source>
        <translation>%1 – erledigte Aufgaben: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to browse the trees they wrote in.</source>
        <translation>Klicken Sie, um die Bäume anzuzeigen, in denen diese Person geschrieben hat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <location line="+104"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Given</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Yes %</source>
        <translation>Ja %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (1–5)</source>
        <translation>Mittelwert (1–5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 — %3 of %4 (%5)</source>
        <translation>%1: %2 – %3 von %4 (%5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No rating has been given yet.</source>
        <translation>Es wurde noch keine Bewertung vergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No yes/no label or flag has been given yet.</source>
        <translation>Es wurde noch kein Ja/Nein-Label und keine Markierung vergeben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to browse the trees of these messages.</source>
        <translation>Klicken Sie, um die Bäume dieser Nachrichten anzuzeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of the ratings given (how many in brackets)</source>
        <translation>Anteil an den vergebenen Bewertungen (Anzahl in Klammern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the answers given (how many in brackets)</source>
        <translation>Anteil an den gegebenen Antworten (Anzahl in Klammern)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undefined: no message has two annotators&apos; values yet</source>
        <translation>Undefiniert: noch keine Nachricht hat Werte von zwei Annotatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undefined: everyone gave the same value</source>
        <translation>Undefiniert: alle haben denselben Wert vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliable (0.8 or more)</source>
        <translation>Verlässlich (0,8 oder mehr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tentative (0.667 to 0.8)</source>
        <translation>Vorläufig (0,667 bis 0,8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low (under 0.667)</source>
        <translation>Niedrig (unter 0,667)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: alpha %2, %3 metric, over %Ln messages labelled by two or more annotators</source>
        <translation>
            <numerusform>%1: Alpha %2, Metrik %3, über %Ln Nachricht, die von zwei oder mehr Annotatoren bewertet wurde</numerusform>
            <numerusform>%1: Alpha %2, Metrik %3, über %Ln Nachrichten, die von zwei oder mehr Annotatoren bewertet wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%Ln values).</source>
        <translation>
            <numerusform>(%Ln Wert).</numerusform>
            <numerusform>(%Ln Werte).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha needs messages that two or more annotators labelled.</source>
        <translation>Alpha braucht Nachrichten, die von zwei oder mehr Annotatoren bewertet wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every annotator gave the same value, so there is no variation to agree about: alpha cannot tell agreement from chance.</source>
        <translation>Alle Annotatoren haben denselben Wert vergeben; ohne Streuung gibt es nichts, worin sie übereinstimmen könnten: Alpha kann Übereinstimmung nicht von Zufall unterscheiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 is full agreement, 0 what chance alone would give.</source>
        <translation>1 bedeutet volle Übereinstimmung, 0 das, was allein der Zufall ergäbe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No label has been given yet.</source>
        <translation>Es wurde noch kein Label vergeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to browse the trees where its annotators disagree.</source>
        <translation>Klicken Sie, um die Bäume anzuzeigen, bei denen sich die Annotatoren dieses Labels uneinig sind.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>alpha (1 = full agreement, 0 = chance)</source>
        <translation>Alpha (1 = volle Übereinstimmung, 0 = Zufall)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kendall&apos;s W</source>
        <translation>Kendalls W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sibling groups</source>
        <translation>Geschwistergruppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W %1 — sibling groups: %2</source>
        <translation>W %1 – Geschwistergruppen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sibling groups ranked by two or more annotators: &lt;b&gt;%1&lt;/b&gt; · median W &lt;b&gt;%2&lt;/b&gt; · rankings behind them: %3</source>
        <translation>Von zwei oder mehr Annotatoren geordnete Geschwistergruppen: &lt;b&gt;%1&lt;/b&gt; · Median von W &lt;b&gt;%2&lt;/b&gt; · zugrunde liegende Rangfolgen: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>groups without a W (ranked by fewer than two, or every ranker tied): %1</source>
        <translation>Gruppen ohne W (von weniger als zwei Annotatoren geordnet oder von allen durchweg gleichrangig gesetzt): %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sibling group has a W yet. Groups ranked by fewer than two annotators (or with every ranker tying them all): %1.</source>
        <translation>Noch keine Geschwistergruppe hat ein W. Gruppen, die von weniger als zwei Annotatoren geordnet wurden (oder in denen jeder Annotator alle gleichrangig gesetzt hat): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sibling group has been ranked by two or more annotators yet.</source>
        <translation>Noch keine Geschwistergruppe wurde von zwei oder mehr Annotatoren in eine Rangfolge gebracht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Click to browse the trees of these groups.</source>
        <translation>Klicken Sie, um die Bäume dieser Gruppen anzuzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kendall&apos;s W (0 = no agreement, 1 = every ranker gave the same order)</source>
        <translation>Kendalls W (0 = keine Übereinstimmung, 1 = alle haben dieselbe Reihenfolge gewählt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sibling groups</source>
        <translation>Geschwistergruppen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the chart has no size yet</source>
        <translation>das Diagramm hat noch keine Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save “%1” as PNG</source>
        <translation>„%1“ als PNG speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save the data of “%1” as CSV</source>
        <translation>Daten von „%1“ als CSV speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Arborist::EngineClient</name>
    <message>
        <location filename="../src/engine/engineclient.cpp" line="+90"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>Arborist::LabelEditor</name>
    <message>
        <location filename="../src/widgets/labeleditor.cpp" line="+162"/>
        <source>Comment for the team (optional)</source>
        <translation>Kommentar für das Team (optional)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Answer &quot;%1&quot; first.</source>
        <translation>Beantworten Sie zuerst „%1“.</translation>
    </message>
</context>
<context>
    <name>Arborist::LabelRow</name>
    <message>
        <location line="-200"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes [Y]</source>
        <translation>Ja [Y]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No [N]</source>
        <translation>Nein [N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applies [Space]</source>
        <translation>Trifft zu [Space]</translation>
    </message>
</context>
<context>
    <name>Arborist::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+31"/>
        <source>Arborist</source>
        <translation>Arborist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arborist will use the new language from its next start.</source>
        <translation>Arborist verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse trees…</source>
        <translation>&amp;Bäume durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow &amp;settings…</source>
        <translation>&amp;Workflow-Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>Be&amp;nutzer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Arborist</source>
        <translation>Ü&amp;ber Arborist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 · %2 · language %3</source>
        <translation>%1 · %2 · Sprache %3</translation>
    </message>
</context>
<context>
    <name>Arborist::MessageNode</name>
    <message>
        <location filename="../src/models/messagenode.cpp" line="+77"/>
        <source>Prompter</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in review (%n review(s))</source>
        <translation>
            <numerusform>in Prüfung (%n-mal geprüft)</numerusform>
            <numerusform>in Prüfung (%n-mal geprüft)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::Oasst</name>
    <message>
        <location filename="../src/core/oasst.cpp" line="+50"/>
        <source>message_id must be a non-empty string.</source>
        <translation>message_id muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 must be a string.</source>
        <translation>%1: %2 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 must be true or false.</source>
        <translation>%1: %2 muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: created_date &quot;%2&quot; is not an ISO 8601 date.</source>
        <translation>%1: created_date „%2“ ist kein Datum nach ISO 8601.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no text.</source>
        <translation>%1 hat keinen Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an empty text.</source>
        <translation>%1 hat einen leeren Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its text contains a NUL character (\u0000), which a database cannot store.</source>
        <translation>%1: der Text enthält ein NUL-Zeichen (\u0000), das sich in keiner Datenbank speichern lässt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: role must be &quot;prompter&quot; or &quot;assistant&quot;.</source>
        <translation>%1: role muss &quot;prompter&quot; oder &quot;assistant&quot; sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: review_count must be a whole number, 0 or more.</source>
        <translation>%1: review_count muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: rank must be a whole number, 0 or more.</source>
        <translation>%1: rank muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: emojis must be an object.</source>
        <translation>%1: emojis muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: emojis has %2 names but %3 counts.</source>
        <translation>%1: emojis hat %2 Namen, aber %3 Anzahlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: emojis must pair names with counts of 0 or more.</source>
        <translation>%1: emojis muss jedem Namen eine Anzahl ab 0 zuordnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the count of emoji %2 must be a whole number, 0 or more.</source>
        <translation>%1: die Anzahl des Emojis %2 muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: labels must be an object.</source>
        <translation>%1: labels muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: labels must have as many values and counts as names.</source>
        <translation>%1: labels muss ebenso viele Werte und Anzahlen wie Namen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: each label needs a name, a number and a count of 1 or more.</source>
        <translation>%1: jedes Label braucht einen Namen, eine Zahl und eine Anzahl ab 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: label %2 must be {&quot;value&quot;: number, &quot;count&quot;: 1 or more}.</source>
        <translation>%1: Label %2 muss {&quot;value&quot;: Zahl, &quot;count&quot;: 1 oder mehr} sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: events must be an object.</source>
        <translation>%1: events muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ranked_message_ids must be strings.</source>
        <translation>%1: ranked_message_ids muss aus Zeichenketten bestehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a ranking event&apos;s ranking must be whole numbers.</source>
        <translation>%1: das ranking eines Rangfolge-Ereignisses muss aus ganzen Zahlen bestehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a ranking event lists no ranked_message_ids.</source>
        <translation>%1: ein Rangfolge-Ereignis nennt keine ranked_message_ids.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: an emoji event names no emoji.</source>
        <translation>%1: ein Emoji-Ereignis nennt kein Emoji.</translation>
    </message>
</context>
<context>
    <name>Arborist::RankEditor</name>
    <message>
        <location filename="../src/widgets/rankeditor.cpp" line="+76"/>
        <source>None of these is acceptable</source>
        <translation>Keine davon ist akzeptabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best first. Ctrl+Up/Down or a digit moves the selected reply; C compares two.</source>
        <translation>Die beste zuerst. Ctrl+Up/Down oder eine Ziffer verschiebt die ausgewählte Antwort; C vergleicht zwei.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is nothing to rank.</source>
        <translation>Es gibt nichts in eine Rangfolge zu bringen.</translation>
    </message>
</context>
<context>
    <name>Arborist::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="+42"/>
        <source>Workflow settings</source>
        <translation>Workflow-Einstellungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Double-click a value (or select it and type) to change it. Changes are checked at once, shown in bold until saved, and recorded in the audit log.</source>
        <translation>Doppelklicken Sie auf einen Wert (oder wählen Sie ihn aus und tippen Sie los), um ihn zu ändern. Änderungen werden sofort geprüft, bis zum Speichern fett angezeigt und im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Arborist::SettingsModel</name>
    <message>
        <location filename="../src/models/settingsmodel.cpp" line="+68"/>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (von %2 bis %3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it does</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>Arborist::TaskPage</name>
    <message>
        <location filename="../src/widgets/taskpage.cpp" line="+51"/>
        <source>Loading the next task…</source>
        <translation>Nächste Aufgabe wird geladen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip… (Ctrl+Shift+S)</source>
        <translation>Überspringen… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Absenden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to tasks (Esc)</source>
        <translation>Zurück zu den Aufgaben (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave this task?</source>
        <translation>Diese Aufgabe verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote for this task will be lost. Leave it anyway?</source>
        <translation>Was Sie für diese Aufgabe geschrieben haben, geht verloren. Trotzdem verlassen?</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <location line="+256"/>
        <source>Submitted. Sent in %n second(s) unless you undo.</source>
        <translation>
            <numerusform>Abgesendet. Wird in %n Sekunde übertragen, sofern Sie es nicht rückgängig machen.</numerusform>
            <numerusform>Abgesendet. Wird in %n Sekunden übertragen, sofern Sie es nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Your unsent answer from %1 is back. Submit it when you are ready.</source>
        <translation>Ihre nicht abgesendete Eingabe vom %1 ist wieder da. Senden Sie sie ab, sobald Sie so weit sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An unsent answer belonged to a task that no longer exists; it was dropped.</source>
        <translation>Eine nicht abgesendete Eingabe gehörte zu einer Aufgabe, die nicht mehr existiert; sie wurde verworfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unsent answer could not be brought back (%1); it is kept in %2.</source>
        <translation>Eine nicht abgesendete Eingabe konnte nicht wiederhergestellt werden (%1); sie liegt weiterhin in %2.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No more tasks of this kind for now. %1</source>
        <translation>Zurzeit keine weiteren Aufgaben dieser Art. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any task</source>
        <translation>Beliebige Aufgabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 Kept for you until %2.</source>
        <translation>%1 Für Sie reserviert bis %2.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The tree could not be read: %1</source>
        <translation>Der Baum konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>*A new conversation: your prompt starts it.*</source>
        <translation>*Ein neues Gespräch: Ihr Prompt eröffnet es.*</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the message to label</source>
        <translation>die zu bewertende Nachricht</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Copy your text if you want to keep it, then skip (Ctrl+Shift+S) to go on.</source>
        <translation>Kopieren Sie Ihren Text, wenn Sie ihn behalten möchten, und überspringen Sie die Aufgabe dann (Ctrl+Shift+S), um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer is still here; submit again when the database is back.</source>
        <translation>Ihre Eingabe ist noch da; senden Sie sie erneut ab, sobald die Datenbank wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer is still here; correct it and submit again.</source>
        <translation>Ihre Eingabe ist noch da; korrigieren Sie sie und senden Sie sie erneut ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1 %2</source>
        <translation>Nicht gespeichert: %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;1 Not my expertise</source>
        <translation>&amp;1 Nicht mein Fachgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Unclear or broken</source>
        <translation>&amp;2 Unklar oder fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Inappropriate content</source>
        <translation>&amp;3 Unangemessener Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Other</source>
        <translation>&amp;4 Sonstiges</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip this task?</source>
        <translation>Diese Aufgabe überspringen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote for this task will be lost. Skip it anyway?</source>
        <translation>Was Sie für diese Aufgabe geschrieben haben, geht verloren. Trotzdem überspringen?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The skip was not recorded: %1</source>
        <translation>Das Überspringen wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Arborist::TransferDialog</name>
    <message>
        <location filename="../src/widgets/transferdialog.cpp" line="+27"/>
        <source>Import Open-Assistant data</source>
        <translation>Open-Assistant-Daten importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Open-Assistant data</source>
        <translation>Open-Assistant-Daten exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .jsonl or .jsonl.gz file</source>
        <translation>eine .jsonl- oder .jsonl.gz-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>where to write (.jsonl, or .jsonl.gz to compress)</source>
        <translation>Zieldatei (.jsonl; mit .jsonl.gz wird komprimiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as Open-Assistant&apos;s importer did (prompts to the lottery, trees to ranking)</source>
        <translation>wie der Importer von Open-Assistant (Prompts in die Lotterie, Bäume in die Rangfolge)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages that do not say count as &amp;synthetic</source>
        <translation>Nachrichten ohne Angabe als &amp;synthetisch werten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;bad lines and list them (otherwise the first bad line stops the import)</source>
        <translation>&amp;Fehlerhafte Zeilen überspringen und auflisten (sonst bricht die erste fehlerhafte Zeile den Import ab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import:&lt;file name&gt;</source>
        <translation>import:&lt;Dateiname&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees without a state:</source>
        <translation>Bäume ohne Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin recorded:</source>
        <translation>Gespeicherte Herkunft:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished trees (%1)</source>
        <comment>%1: the state&apos;s name, Ready for export</comment>
        <translation>fertige Bäume (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every tree, whatever its state</source>
        <translation>alle Bäume, unabhängig vom Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every language</source>
        <translation>alle Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flat message rows (as oasst1/oasst2 on Hugging Face) instead of tree objects</source>
        <translation>&amp;Flache Nachrichtenzeilen (wie oasst1/oasst2 auf Hugging Face) statt Baumobjekten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include trees with &amp;synthetic messages</source>
        <translation>Bäume mit &amp;synthetischen Nachrichten einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include messages not &amp;accepted by review</source>
        <translation>In der Prüfung nicht &amp;angenommene Nachrichten einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;deleted messages</source>
        <translation>&amp;Gelöschte Nachrichten einbeziehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a secret seed to replace ids and user ids (empty: keep them)</source>
        <translation>ein geheimer Startwert, der IDs und Benutzer-IDs ersetzt (leer: unverändert lassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees:</source>
        <translation>Bäume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymize:</source>
        <translation>Anonymisieren:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open-Assistant JSON Lines (*.jsonl *.jsonl.gz *.json);;All files (*)</source>
        <translation>Open-Assistant JSON Lines (*.jsonl *.jsonl.gz *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the file first.</source>
        <translation>Wählen Sie zuerst die Datei aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Imported %n tree(s)</source>
        <translation>
            <numerusform>Importiert: %n Baum</numerusform>
            <numerusform>Importiert: %n Bäume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+27"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%n ranking(s)</source>
        <translation>
            <numerusform>%n Rangfolge</numerusform>
            <numerusform>%n Rangfolgen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 s.</source>
        <translation>in %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n tree(s)</source>
        <translation>
            <numerusform>Exportiert: %n Baum</numerusform>
            <numerusform>Exportiert: %n Bäume</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 MB) in %2 s.</source>
        <translation>(%1 MB) in %2 s.</translation>
    </message>
</context>
<context>
    <name>Arborist::TransferProgress</name>
    <message>
        <location filename="../src/engine/importexport.cpp" line="+54"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Arborist::TreeBrowser</name>
    <message>
        <location filename="../src/widgets/treebrowser.cpp" line="+53"/>
        <source>halted the tree</source>
        <translation>hat den Baum angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhalted the tree</source>
        <translation>hat den Baum fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted the message</source>
        <translation>hat die Nachricht gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undeleted the message</source>
        <translation>hat die Nachricht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited the text</source>
        <translation>hat den Text bearbeitet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every state</source>
        <translation>jeder Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>words in the prompt</source>
        <translation>Wörter im Prompt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest first</source>
        <translation>älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>largest first</source>
        <translation>größte zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by state</source>
        <translation>nach Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Halt tree…</source>
        <translation>Baum an&amp;halten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unhalt…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete message…</source>
        <translation>Nachricht &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ndelete…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit text…</source>
        <translation>Text &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the dashboard&apos;s filter and list every tree the filters above allow.</source>
        <translation>Den Filter aus dem Dashboard entfernen und alle Bäume auflisten, die die Filter oben zulassen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Halt the tree</source>
        <translation>Baum anhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unhalt the tree</source>
        <translation>Baum fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the message and everything below it</source>
        <translation>Nachricht mit allem darunter löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undelete the message and everything below it</source>
        <translation>Nachricht mit allem darunter wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New text:</source>
        <translation>Neuer Text:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the edit</source>
        <translation>Grund der Bearbeitung</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Initial prompt review</source>
        <translation>Prüfung des Anfangsprompts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing</source>
        <translation>Wachsend</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+209"/>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Ready for scoring</source>
        <translation>Bereit zur Auswertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for export</source>
        <translation>Bereit zum Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted (low grade)</source>
        <translation>Abgebrochen (schlechte Bewertung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halted by moderator</source>
        <translation>Von der Moderation angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog ranking</source>
        <translation>Rangfolge (Rückstand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt lottery waiting</source>
        <translation>Wartet auf die Prompt-Lotterie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>state %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language %1</source>
        <translation>Sprache %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a message by %1</source>
        <translation>einer Nachricht von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a “%1” task</source>
        <translation>einer Aufgabe „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a task</source>
        <translation>einer Aufgabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 done since %2</source>
        <translation>%1, erledigt seit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done on %2</source>
        <translation>%1, erledigt am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done from %2 to %3</source>
        <translation>%1, erledigt vom %2 bis %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a message its annotators labelled “%1” differently</source>
        <translation>einer Nachricht, bei der die Annotatoren „%1“ unterschiedlich bewertet haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message labelled “%1: %2”</source>
        <translation>einer Nachricht mit dem Label „%1: %2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sibling replies ranked with Kendall&apos;s W from %1 to %2</source>
        <translation>Geschwisterantworten, deren Rangfolgen ein Kendalls W von %1 bis %2 ergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing trees with %1</source>
        <translation>Angezeigt werden Bäume mit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>State: %1 · language %2 · %Ln messages · by %3 · %4</source>
        <translation>
            <numerusform>Status: %1 · Sprache %2 · %Ln Nachricht · von %3 · %4</numerusform>
            <numerusform>Status: %1 · Sprache %2 · %Ln Nachrichten · von %3 · %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Means: %1</source>
        <translation>Mittelwerte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No annotator&apos;s labels are stored here.</source>
        <translation>Hier sind keine Labels einzelner Annotatoren gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consensus place: %1.</source>
        <translation>Platz im Konsens: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ranked.</source>
        <translation>Nicht eingeordnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none acceptable</source>
        <translation>keine akzeptabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place %1 of %2</source>
        <translation>Platz %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emojis</source>
        <translation>Emojis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded.</source>
        <translation>Nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reason (kept in the audit log):</source>
        <translation>Begründung (wird im Audit-Log festgehalten):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a tree or a message first.</source>
        <translation>Wählen Sie zuerst einen Baum oder eine Nachricht aus.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The tree was halted.</source>
        <translation>Der Baum wurde angehalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tree was unhalted.</source>
        <translation>Der Baum wurde fortgesetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Choose a message first.</source>
        <translation>Wählen Sie zuerst eine Nachricht aus.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The message was deleted, with everything below it.</source>
        <translation>Die Nachricht wurde mit allem darunter gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message was undeleted.</source>
        <translation>Die Nachricht wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message was edited.</source>
        <translation>Die Nachricht wurde bearbeitet.</translation>
    </message>
</context>
<context>
    <name>Arborist::TreeBrowserModel</name>
    <message>
        <location filename="../src/models/treebrowsermodel.cpp" line="+362"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Arborist::UsersDialog</name>
    <message>
        <location filename="../src/widgets/usersdialog.cpp" line="+33"/>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new user&apos;s name</source>
        <translation>Name des neuen Benutzers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set &amp;role</source>
        <translation>&amp;Rolle setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Only admins add users, change roles and disable users.</source>
        <translation>Nur Admins können Benutzer hinzufügen, Rollen ändern und Benutzer deaktivieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected user:</source>
        <translation>Ausgewählter Benutzer:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort setzen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set %1&apos;s password</source>
        <translation>Passwort von %1 setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate a password</source>
        <translation>Passwort &amp;generieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type a password</source>
        <translation>Passwort selbst &amp;eingeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the password in both fields.</source>
        <translation>Geben Sie das Passwort in beide Felder ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&apos;s password was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s password</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 signs in with this password. It is shown only this once: copy it now and give it to them.</source>
        <translation>%1 meldet sich mit diesem Passwort an. Es wird nur dieses eine Mal angezeigt: Kopieren Sie es jetzt und geben Sie es an %1 weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type the new user&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des neuen Benutzers ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s role was changed.</source>
        <translation>Die Rolle von %1 wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was enabled.</source>
        <translation>%1 wurde aktiviert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was disabled.</source>
        <translation>%1 wurde deaktiviert.</translation>
    </message>
</context>
<context>
    <name>Arborist::UsersModel</name>
    <message>
        <location filename="../src/models/usersmodel.cpp" line="+42"/>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Arborist::WriteEditor</name>
    <message>
        <location filename="../src/widgets/writeeditor.cpp" line="+17"/>
        <source>Write here. Markdown is welcome: lists, **bold**, `code`, fenced code blocks.</source>
        <translation>Schreiben Sie hier. Markdown ist willkommen: Listen, **fett**, `code`, Codeblöcke.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation>
            <numerusform>Der Text hat %Ln Zeichen; die Grenze liegt bei %1. Bitte kürzen Sie ihn.</numerusform>
            <numerusform>Der Text hat %Ln Zeichen; die Grenze liegt bei %1. Bitte kürzen Sie ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 / %Ln characters</source>
        <translation>
            <numerusform>%1 / %Ln Zeichen</numerusform>
            <numerusform>%1 / %Ln Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/cli.cpp" line="+209"/>
        <source>Missing %1.</source>
        <translation>Es fehlt %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>This command needs %1 %2.</source>
        <translation>Dieser Befehl erfordert %1 %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 needs a value. See arborist-cli --help.</source>
        <translation>%1 erwartet einen Wert. Siehe arborist-cli --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option %1. See arborist-cli --help.</source>
        <translation>Unbekannte Option %1. Siehe arborist-cli --help.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The database %1 is up to date (schema %2).</source>
        <translation>Die Datenbank %1 ist auf dem neuesten Stand (Schema %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialized %1 (schema %2).</source>
        <translation>%1 wurde initialisiert (Schema %2).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&quot;%1&quot; is not a role; use annotator, lead or admin.</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie annotator, lead oder admin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new user&apos;s name</source>
        <translation>der Name des neuen Benutzers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>the user&apos;s name</source>
        <translation>der Name des Benutzers</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the role</source>
        <translation>die Rolle</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>naming an admin</source>
        <translation>mit dem Namen eines Admins</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>Usage: arborist-cli [--db URL] [--json] COMMAND ...

The command line of Arborist&apos;s workflow engine. Every command takes --db URL
(sqlite:///absolute/path.db or postgresql://user@host:5432/dbname?sslmode=require;
default: the embedded database %1). --json prints one JSON document.
Exit status: 0 done, 2 bad usage, 3 refused by the workflow, 1 any other failure.

Commands:
  init                                      create or migrate the schema (idempotent)
  server init                               PostgreSQL, as the tables&apos; owner: init, then the group
                                            roles arborist_annotator, arborist_lead, arborist_admin,
                                            their grants and row-level security, so that each person
                                            signs in with a login of their own (idempotent; again to
                                            upgrade). See docs/team-server.md
  user add NAME [--role annotator|lead|admin] [--lang L] [--user ADMIN] [--password-stdin]
                                            the first user needs no --user; later ones an admin&apos;s.
                                            After server init also the login NAME, with the password
                                            read from stdin, or a generated one printed once
  user password NAME [--password-stdin] --user ADMIN
                                            a new password for NAME&apos;s login (made if missing)
  user list
  user role NAME ROLE --user ADMIN          change a user&apos;s role
  user disable|enable NAME --user ADMIN
  user purge NAME --user ADMIN [--ban]      delete the user&apos;s messages (prompts with their trees)
  config show                               every workflow setting, its value and meaning
  config set KEY VALUE --user LEAD          change a setting (audited)
  tasks available --user NAME [--lang L]    task counts by type, and random = their sum
  task request --user NAME --type TYPE [--lang L]
                                            TYPE: random, initial_prompt, prompter_reply,
                                            assistant_reply, rank_prompter_replies,
                                            rank_assistant_replies, label_initial_prompt,
                                            label_assistant_reply, label_prompter_reply
  task submit --user NAME TASK_ID           the answer is read as JSON from stdin:
                                            {&quot;text&quot;: &quot;...&quot;, &quot;lang&quot;: &quot;en&quot;} for prompts and replies,
                                            {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}} for label tasks,
                                            {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...], &quot;not_rankable&quot;: false}
  task skip --user NAME TASK_ID [--reason TEXT]
  task show TASK_ID
  tree show TREE_ID                         the tree as an export tree object, every message
  tree list [--state S]                     id, state, lang, size a line
  stats                                     counts of trees by state, messages, users, ...
  dashboard --user LEAD [--days N]          the lead&apos;s dashboard: trees by state and language,
                                            tasks per day, annotators, label distributions,
                                            agreement (Krippendorff&apos;s alpha, Kendall&apos;s W);
                                            tasks and annotators of the last N days only
  moderate halt|unhalt TREE_ID --user LEAD [--reason TEXT]
  moderate delete|undelete MESSAGE_ID --user LEAD [--reason TEXT]
  moderate edit MESSAGE_ID --user LEAD [--reason TEXT]   (the new text on stdin)
  emoji add|remove MESSAGE_ID EMOJI --user NAME
  report MESSAGE_ID --user NAME [--labels JSON] [--reason TEXT]
                                            report a message: free labels and a red flag
  audit [OBJECT_ID]                         the audit log: who did what, when, before, after
  check [--repair] [--user LEAD]            verify the workflow&apos;s invariants and recompute every
                                            derived value (counters, review results, ranks, emoji
                                            counts, tree states) from the facts; --repair writes
                                            the recomputed values back, audited (exit 1 if broken
                                            or, with --repair, if differences remain)
  maintenance reconcile|retry-scoring       startup reconciliation; retry scoring_failed trees
  simulate [--users N] [--actions M] [--seconds T] [--processes P] [--user ADMIN]
           [--time-scale X]                 simulated annotators sim1..simN work through the
                                            engine (P processes share them), then every invariant
                                            is checked and every acknowledged submission is found
                                            in the database; exit 1 on a violation, a lost
                                            submission or a failure.
                                            --time-scale runs the engine&apos;s clock X times faster, so
                                            that tasks left for later expire (throwaway databases only)
  generate --trees N [--seed S] [--lone-prompts SHARE]
                                            write a realistic corpus of N trees shaped like oasst1
                                            (every tree state, reviews, labels, rankings, skips) by
                                            users gen-user-1..; the same seed gives the same rows.
                                            SHARE (0..1) of the trees are lone prompts, as in oasst1
  import FILE --user LEAD [--state S] [--force-state S] [--synthetic] [--origin TEXT]
         [--lang L] [--skip-invalid] [--dry-run]
                                            read Open-Assistant trees, nested messages, flat rows
                                            or prompts (one JSON string a line), .jsonl or .jsonl.gz,
                                            in one transaction; ids are kept. --state: for trees the
                                            file gives none (default: prompt_lottery_waiting for lone
                                            prompts, backlog_ranking for trees with replies);
                                            --force-state: for every tree; --synthetic: messages that
                                            do not say were written by a model; --origin: recorded
                                            on each tree; --lang: for messages that do not say;
                                            --skip-invalid: skip and list bad lines; --dry-run: check
                                            everything, change nothing
  export FILE --user LEAD [--state S,S|all] [--lang L] [--flat] [--include-deleted]
         [--include-synthetic] [--include-spam] [--anonymize SEED] [--limit N]
         [--no-labels] [--no-events]
                                            write trees (default: ready_for_export, without
                                            synthetic trees, deleted or unaccepted messages) as
                                            Open-Assistant tree objects, or message rows with --flat;
                                            gzip when FILE ends in .gz; - for standard output

Options:
  --db URL        the database
  --json          print JSON on stdout (errors as {&quot;error&quot;: CODE, &quot;message&quot;: TEXT})
  --seed N        seed the engine&apos;s random draws (reproducible runs)
  --user NAME     who acts; signed in to a team server with your own login, you act as
                  yourself and may leave it out (only admins may name someone else)
  --help          this text
  --version       the version
</source>
        <translation>Aufruf: arborist-cli [--db URL] [--json] COMMAND ...

Die Kommandozeile der Workflow-Engine von Arborist. Jeder Befehl akzeptiert --db URL
(sqlite:///absolute/path.db oder postgresql://user@host:5432/dbname?sslmode=require;
Standard: die eingebettete Datenbank %1). --json gibt ein einziges JSON-Dokument aus.
Exit-Status: 0 erledigt, 2 falscher Aufruf, 3 vom Workflow abgelehnt, 1 jeder andere Fehler.

Befehle:
  init                                      Schema anlegen oder migrieren (idempotent)
  server init                               PostgreSQL, als Eigentümer der Tabellen: init, dann die
                                            Gruppenrollen arborist_annotator, arborist_lead,
                                            arborist_admin, ihre Rechte und Row-Level-Security, damit
                                            sich jede Person mit einem eigenen Login anmeldet
                                            (idempotent; nach einem Update erneut). Siehe
                                            docs/team-server.md
  user add NAME [--role annotator|lead|admin] [--lang L] [--user ADMIN] [--password-stdin]
                                            der erste Benutzer braucht kein --user, alle weiteren das
                                            eines Admins. Nach server init auch das Login NAME, mit
                                            dem Passwort von stdin oder einem erzeugten, das einmal
                                            ausgegeben wird
  user password NAME [--password-stdin] --user ADMIN
                                            ein neues Passwort für das Login von NAME (legt es an,
                                            falls es fehlt)
  user list
  user role NAME ROLE --user ADMIN          die Rolle eines Benutzers ändern
  user disable|enable NAME --user ADMIN
  user purge NAME --user ADMIN [--ban]      die Nachrichten des Benutzers löschen (Prompts samt
                                            ihren Bäumen)
  config show                               alle Workflow-Einstellungen mit Wert und Bedeutung
  config set KEY VALUE --user LEAD          eine Einstellung ändern (wird protokolliert)
  tasks available --user NAME [--lang L]    Anzahl der Aufgaben je Art, dazu random = ihre Summe
  task request --user NAME --type TYPE [--lang L]
                                            TYPE: random, initial_prompt, prompter_reply,
                                            assistant_reply, rank_prompter_replies,
                                            rank_assistant_replies, label_initial_prompt,
                                            label_assistant_reply, label_prompter_reply
  task submit --user NAME TASK_ID           die Eingabe wird als JSON von stdin gelesen:
                                            {&quot;text&quot;: &quot;...&quot;, &quot;lang&quot;: &quot;en&quot;} für Prompts und Antworten,
                                            {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}} für Label-Aufgaben,
                                            {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...], &quot;not_rankable&quot;: false}
  task skip --user NAME TASK_ID [--reason TEXT]
  task show TASK_ID
  tree show TREE_ID                         der Baum als Export-Baumobjekt, mit jeder Nachricht
  tree list [--state S]                     id, state, lang, size je Zeile
  stats                                     Anzahl der Bäume nach Status, Nachrichten, Benutzer, ...
  dashboard --user LEAD [--days N]          das Dashboard der Teamleitung: Bäume nach Status
                                            und Sprache, Aufgaben pro Tag, Annotatoren, Verteilung
                                            der Labels, Übereinstimmung (Krippendorffs Alpha,
                                            Kendalls W); Aufgaben und Annotatoren nur der letzten
                                            N Tage
  moderate halt|unhalt TREE_ID --user LEAD [--reason TEXT]
  moderate delete|undelete MESSAGE_ID --user LEAD [--reason TEXT]
  moderate edit MESSAGE_ID --user LEAD [--reason TEXT]   (der neue Text auf stdin)
  emoji add|remove MESSAGE_ID EMOJI --user NAME
  report MESSAGE_ID --user NAME [--labels JSON] [--reason TEXT]
                                            eine Nachricht melden: freie Labels und eine rote Markierung
  audit [OBJECT_ID]                         das Audit-Log: wer hat was wann getan, vorher, nachher
  check [--repair] [--user LEAD]            die Invarianten des Workflows prüfen und jeden abgeleiteten
                                            Wert (Zähler, Prüfergebnisse, Ränge, Emoji-Zähler,
                                            Baumstatus) aus den Ausgangsdaten neu berechnen; --repair
                                            schreibt die neu berechneten Werte protokolliert zurück
                                            (Exit 1 bei Verstoß oder, mit --repair, wenn Abweichungen
                                            bleiben)
  maintenance reconcile|retry-scoring       Abgleich wie beim Start; Bäume in scoring_failed
                                            erneut auswerten
  simulate [--users N] [--actions M] [--seconds T] [--processes P] [--user ADMIN]
           [--time-scale X]                 simulierte Annotatoren sim1..simN arbeiten über die
                                            Engine (P Prozesse teilen sie sich), danach werden alle
                                            Invarianten geprüft, und jede bestätigte Abgabe muss sich
                                            in der Datenbank finden; Exit 1 bei einem Verstoß, einer
                                            verlorenen Abgabe oder einem Fehler.
                                            --time-scale lässt die Uhr der Engine X-mal schneller
                                            laufen, damit liegen gelassene Aufgaben ablaufen (nur für
                                            Wegwerf-Datenbanken)
  generate --trees N [--seed S] [--lone-prompts SHARE]
                                            einen realistischen Korpus aus N Bäumen wie in oasst1
                                            schreiben (alle Baumstatus, Prüfungen, Labels, Rangfolgen,
                                            Übersprungenes), verfasst von den Benutzern gen-user-1..;
                                            derselbe Startwert ergibt dieselben Zeilen. Ein Anteil
                                            SHARE (0..1) der Bäume sind einzelne Prompts, wie in oasst1
  import FILE --user LEAD [--state S] [--force-state S] [--synthetic] [--origin TEXT]
         [--lang L] [--skip-invalid] [--dry-run]
                                            Open-Assistant-Bäume, verschachtelte Nachrichten, flache
                                            Zeilen oder Prompts (eine JSON-Zeichenkette pro Zeile)
                                            lesen, .jsonl oder .jsonl.gz, in einer Transaktion; IDs
                                            bleiben erhalten. --state: für Bäume ohne Status in der
                                            Datei (Standard: prompt_lottery_waiting für einzelne
                                            Prompts, backlog_ranking für Bäume mit Antworten);
                                            --force-state: für jeden Baum; --synthetic: Nachrichten
                                            ohne Angabe stammen von einem Modell; --origin: wird bei
                                            jedem Baum gespeichert; --lang: für Nachrichten ohne
                                            Angabe; --skip-invalid: fehlerhafte Zeilen überspringen
                                            und auflisten; --dry-run: alles prüfen, nichts ändern
  export FILE --user LEAD [--state S,S|all] [--lang L] [--flat] [--include-deleted]
         [--include-synthetic] [--include-spam] [--anonymize SEED] [--limit N]
         [--no-labels] [--no-events]
                                            Bäume schreiben (Standard: ready_for_export, ohne
                                            synthetische Bäume, gelöschte oder nicht angenommene
                                            Nachrichten) als Open-Assistant-Baumobjekte oder mit
                                            --flat als Nachrichtenzeilen; gzip, wenn FILE auf .gz
                                            endet; - für die Standardausgabe

Optionen:
  --db URL        die Datenbank
  --json          JSON auf stdout ausgeben (Fehler als {&quot;error&quot;: CODE, &quot;message&quot;: TEXT})
  --seed N        Startwert für die Zufallsziehungen der Engine (reproduzierbare Läufe)
  --user NAME     wer handelt; mit Ihrem eigenen Login am Team-Server handeln Sie selbst und
                  können es weglassen (nur Admins dürfen jemand anderen nennen)
  --help          dieser Text
  --version       die Version
</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>--password-stdin found no password on standard input.</source>
        <translation>--password-stdin hat auf der Standardeingabe kein Passwort gefunden.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>a server command (init)</source>
        <translation>einen Server-Befehl (init)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown server command &quot;%1&quot;.</source>
        <translation>Unbekannter Server-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>`server init` sets up logins on a team&apos;s PostgreSQL server; %1 is a SQLite file. Give --db postgresql://OWNER@HOST/DATABASE.</source>
        <translation>`server init` richtet Logins auf dem PostgreSQL-Server eines Teams ein; %1 ist eine SQLite-Datei. Geben Sie --db postgresql://EIGENTÜMER@HOST/DATENBANK an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Updated the roles, grants and policies of %1 (schema %2).</source>
        <translation>Rollen, Rechte und Richtlinien von %1 aktualisiert (Schema %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up %1 for logins: the groups arborist_annotator, arborist_lead and arborist_admin, their grants and row-level security (schema %2).</source>
        <translation>%1 für Logins eingerichtet: die Gruppen arborist_annotator, arborist_lead und arborist_admin, ihre Rechte und Row-Level-Security (Schema %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These users have no login yet; give them one with `arborist-cli user password NAME`: %1</source>
        <translation>Diese Benutzer haben noch kein Login; geben Sie ihnen eines mit `arborist-cli user password NAME`: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a user command (add, list, role, disable, enable, purge, password)</source>
        <translation>einen Benutzer-Befehl (add, list, role, disable, enable, purge, password)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server login %1 is in the group %2.</source>
        <translation>Das Server-Login %1 gehört zur Gruppe %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Password: %1
It is shown only this once and stored nowhere: give it to %2 in a safe way.</source>
        <translation>Passwort: %1
Es wird nur dieses eine Mal angezeigt und nirgends gespeichert: Geben Sie es %2 auf sicherem Weg weiter.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The login %1 has a new password.</source>
        <translation>Das Login %1 hat ein neues Passwort.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled %1.</source>
        <translation>%1 wurde aktiviert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled %1.</source>
        <translation>%1 wurde deaktiviert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purged %1: %2 messages and %3 trees deleted, %4 trees revived.</source>
        <translation>%1 wurde entfernt: %2 Nachrichten und %3 Bäume gelöscht, %4 Bäume reaktiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>Unbekannter user-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show or set</source>
        <translation>show oder set</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the setting&apos;s name</source>
        <translation>der Name der Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new value</source>
        <translation>der neue Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <location line="+68"/>
        <location line="+355"/>
        <location line="+59"/>
        <source>naming a lead or admin</source>
        <translation>mit dem Namen einer Teamleitung oder eines Admins</translation>
    </message>
    <message>
        <location line="-604"/>
        <source>Unknown config command &quot;%1&quot;.</source>
        <translation>Unbekannter config-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;available&quot;</source>
        <translation>&quot;available&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown tasks command &quot;%1&quot;.</source>
        <translation>Unbekannter tasks-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <location line="+23"/>
        <location line="+19"/>
        <location line="+152"/>
        <location line="+24"/>
        <source>naming the user</source>
        <translation>mit dem Namen des Benutzers</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>a task command (request, submit, skip, show)</source>
        <translation>ein task-Befehl (request, submit, skip, show)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a task type</source>
        <translation>mit einer Aufgabenart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a task type.</source>
        <translation>„%1“ ist keine Aufgabenart.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>the task id</source>
        <translation>die Aufgaben-ID</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The answer on stdin is not valid JSON (%1 at character %2); nothing was stored.</source>
        <translation>Die Eingabe auf stdin ist kein gültiges JSON (%1 bei Zeichen %2); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer on stdin must be a JSON object; nothing was stored.</source>
        <translation>Die Eingabe auf stdin muss ein JSON-Objekt sein; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted.</source>
        <translation>Abgesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted message %1.</source>
        <translation>Nachricht %1 abgesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown task command &quot;%1&quot;.</source>
        <translation>Unbekannter task-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show or list</source>
        <translation>show oder list</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>the tree id</source>
        <translation>die Baum-ID</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&quot;%1&quot; is not a tree state; use one of %2.</source>
        <translation>„%1“ ist kein Baumstatus; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown tree command &quot;%1&quot;.</source>
        <translation>Unbekannter tree-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--days takes a whole number of at least 1.</source>
        <translation>--days erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1	alpha %2 (%3 messages, %4 values)
</source>
        <translation>%1	Alpha %2 (%3 Nachrichten, %4 Werte)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rankings	median W %1 over %2 sibling groups
</source>
        <translation>Rangfolgen	Median-W %1 über %2 Geschwistergruppen
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 annotators, %2 days with tasks; read in %3 s
</source>
        <translation>%1 Annotatoren, %2 Tage mit Aufgaben; gelesen in %3 s
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>halt, unhalt, delete, undelete or edit</source>
        <translation>halt, unhalt, delete, undelete oder edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+15"/>
        <source>the message id</source>
        <translation>die Nachrichten-ID</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Unknown moderate command &quot;%1&quot;.</source>
        <translation>Unbekannter moderate-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>add or remove</source>
        <translation>add oder remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the emoji code</source>
        <translation>der Emoji-Code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown emoji command &quot;%1&quot;.</source>
        <translation>Unbekannter emoji-Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--labels must be a JSON object such as {&quot;spam&quot;: 1}.</source>
        <translation>--labels muss ein JSON-Objekt sein, etwa {&quot;spam&quot;: 1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported.</source>
        <translation>Gemeldet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+191"/>
        <source>Every invariant holds.</source>
        <translation>Alle Invarianten sind erfüllt.</translation>
    </message>
    <message numerus="yes">
        <location line="-188"/>
        <source>Every derived value of %n tree(s) agrees with the facts.</source>
        <translation>
            <numerusform>Jeder abgeleitete Wert von %n Baum stimmt mit den Ausgangsdaten überein.</numerusform>
            <numerusform>Jeder abgeleitete Wert von %n Bäumen stimmt mit den Ausgangsdaten überein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived values that differed from the facts, repaired:</source>
        <translation>Von den Ausgangsdaten abweichende abgeleitete Werte, repariert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derived values that differ from the facts:</source>
        <translation>Von den Ausgangsdaten abweichende abgeleitete Werte:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  %1 %2 %3: stored %4, recomputed %5</source>
        <translation>  %1 %2 %3: gespeichert %4, neu berechnet %5</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n difference(s) remain after the repair.</source>
        <translation>
            <numerusform>Nach der Reparatur bleibt %n Abweichung.</numerusform>
            <numerusform>Nach der Reparatur bleiben %n Abweichungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 takes a whole number.</source>
        <translation>%1 erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--time-scale takes a number of at least 1.</source>
        <translation>--time-scale erwartet eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give at least one user per process.</source>
        <translation>Geben Sie mindestens einen Benutzer pro Prozess an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding the simulated users takes an admin: give --user.</source>
        <translation>Zum Anlegen der simulierten Benutzer ist ein Admin nötig: Geben Sie --user an.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A simulation process failed (exit status %1).</source>
        <translation>Ein Simulationsprozess ist fehlgeschlagen (Exit-Status %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 acknowledged, %3 in the database</source>
        <translation>%1: %2 bestätigt, %3 in der Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 actions in %2 s (%3 per second) by %4 simulated annotators in %5 process(es).
</source>
        <translation>%1 Aktionen in %2 s (%3 pro Sekunde) von %4 simulierten Annotatoren in %5 Prozess(en).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: %1
</source>
        <translation>Gespeichert: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1
</source>
        <translation>Abgelehnt: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database failures: %1, retried conflicts: %2
</source>
        <translation>Datenbankfehler: %1, wiederholte Konflikte: %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every acknowledged submission is in the database.
</source>
        <translation>Jede bestätigte Abgabe ist in der Datenbank.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submissions lost or stored twice:
  %1
</source>
        <translation>Verlorene oder doppelt gespeicherte Abgaben:
  %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invariant violations:
%1</source>
        <translation>Verletzte Invarianten:
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>with the number of trees</source>
        <translation>mit der Anzahl der Bäume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--trees takes a whole number of at least 1.</source>
        <translation>--trees erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lone-prompts takes a share from 0 to 1.</source>
        <translation>--lone-prompts erwartet einen Anteil von 0 bis 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>generated %1 of %2 trees</source>
        <translation>%1 von %2 Bäumen erzeugt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated %1 trees: %2 messages, %3 labels, %4 rankings, %5 tasks in %6 s.</source>
        <translation>%1 Bäume erzeugt: %2 Nachrichten, %3 Labels, %4 Rangfolgen, %5 Aufgaben in %6 s.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file to import</source>
        <translation>die zu importierende Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes one of: %2.</source>
        <translation>%1 erwartet einen dieser Werte: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>importing: %1% of %2 MB</source>
        <translation>Import: %1 % von %2 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 trees, %3 messages, %4 rankings (%5 new authors) from %6 lines in %7 s.</source>
        <translation>%1: %2 Bäume, %3 Nachrichten, %4 Rangfolgen (%5 neue Autoren) aus %6 Zeilen in %7 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would import</source>
        <translation>Würde importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n Zeile übersprungen.</numerusform>
            <numerusform>%n Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file to write (- for standard output)</source>
        <translation>die zu schreibende Datei (- für die Standardausgabe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--state takes all or states separated by commas: %1.</source>
        <translation>--state erwartet all oder durch Kommas getrennte Statuswerte: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--anonymize takes a seed (any text kept secret).</source>
        <translation>--anonymize erwartet einen Startwert (beliebiger, geheim gehaltener Text).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exporting: %1 of %2 trees</source>
        <translation>Export: %1 von %2 Bäumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 trees, %2 messages (%3 MB) to %4 in %5 s.</source>
        <translation>%1 Bäume, %2 Nachrichten (%3 MB) in %5 s nach %4 exportiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reconcile or retry-scoring</source>
        <translation>reconcile oder retry-scoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconciled.</source>
        <translation>Abgeglichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Retried %n tree(s).</source>
        <translation>
            <numerusform>%n Baum erneut ausgewertet.</numerusform>
            <numerusform>%n Bäume erneut ausgewertet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown maintenance command &quot;%1&quot;.</source>
        <translation>Unbekannter maintenance-Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/store/database.cpp" line="+100"/>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no database file at %1. Create it with `arborist-cli init --db %2`, or check the path.</source>
        <translation>Unter %1 gibt es keine Datenbankdatei. Legen Sie sie mit `arborist-cli init --db %2` an oder prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the PostgreSQL server at %1: the CA file %2 does not exist, so the server&apos;s TLS certificate cannot be verified. Check the path of the CA file, or ask the server&apos;s administrator for it.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1: Die CA-Datei %2 existiert nicht, daher kann das TLS-Zertifikat des Servers nicht überprüft werden. Prüfen Sie den Pfad der CA-Datei oder fragen Sie die Administration des Servers danach.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CA file %1 cannot be used because its path contains a &apos;;&apos;. Move or rename the file.</source>
        <translation>Die CA-Datei %1 kann nicht verwendet werden, weil ihr Pfad ein „;“ enthält. Verschieben Sie die Datei oder benennen Sie sie um.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the PostgreSQL server at %1: its TLS certificate is not trusted (%2). It is not signed by the certificate authority in the CA file %3, or it has expired. Check that the CA file is the one for this server, or ask the server&apos;s administrator for the right one.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1: Seinem TLS-Zertifikat wird nicht vertraut (%2). Es ist nicht von der Zertifizierungsstelle in der CA-Datei %3 signiert oder es ist abgelaufen. Prüfen Sie, ob die CA-Datei zu diesem Server gehört, oder fragen Sie die Administration des Servers nach der richtigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to the PostgreSQL server at %1: its TLS certificate is not made out for the host name &quot;%2&quot; (%3). Connect with a host name the certificate names, or ask the server&apos;s administrator for a certificate that includes &quot;%2&quot;.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1: Sein TLS-Zertifikat ist nicht auf den Hostnamen „%2“ ausgestellt (%3). Verbinden Sie sich über einen Hostnamen, den das Zertifikat nennt, oder bitten Sie die Administration des Servers um ein Zertifikat, das „%2“ enthält.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect to the PostgreSQL server at %1: the CA file %2 holds no certificate that can be read (%3). Check that it is the CA certificate (a PEM file) the server&apos;s administrator gave you.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1: Die CA-Datei %2 enthält kein lesbares Zertifikat (%3). Prüfen Sie, ob es das CA-Zertifikat (eine PEM-Datei) ist, das Sie von der Administration des Servers erhalten haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the PostgreSQL server at %1: the server does not offer TLS, but the connection requires it (sslmode=%2). Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1: Der Server bietet kein TLS an, die Verbindung verlangt es aber (sslmode=%2). Bitten Sie die Administration des Servers, TLS einzuschalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL server at %1 refused the password of %2 (%3). Check the user name and the password; an admin can set a new one with `arborist-cli user password %2`.</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Passwort von %2 abgelehnt (%3). Prüfen Sie Benutzername und Passwort; ein Admin kann mit `arborist-cli user password %2` ein neues setzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL server at %1 does not let %2 sign in: the login is disabled (%3). Ask an admin to enable it.</source>
        <translation>Der PostgreSQL-Server unter %1 lässt %2 nicht anmelden: Das Login ist deaktiviert (%3). Bitten Sie einen Admin, es zu aktivieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the PostgreSQL server at %1: %2. Check that the server runs, the host, port, database and user are right, and the password is set (PGPASSWORD or ~/.pgpass).</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1: %2. Prüfen Sie, ob der Server läuft, ob Host, Port, Datenbank und Benutzer stimmen und ob das Passwort gesetzt ist (PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>%1 is not an Arborist database (%2).</source>
        <translation>%1 ist keine Arborist-Datenbank (%2).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is a SQLite database of another program, not an Arborist database; nothing in it was changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Arborist-Datenbank; darin wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot prepare a statement</source>
        <translation>Eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lost the connection to the database server at %1 (%2). Check that the server is running and reachable, then try again; nothing was saved from the interrupted operation.</source>
        <translation>Die Verbindung zum Datenbankserver unter %1 ist abgebrochen (%2). Prüfen Sie, ob der Server läuft und erreichbar ist, und versuchen Sie es dann erneut; vom unterbrochenen Vorgang wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Datenbankfehler in „%1“: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The database stayed busy through %1 attempts (%2). Try again in a moment.</source>
        <translation>Die Datenbank blieb über %1 Versuche hinweg ausgelastet (%2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 holds no Arborist data yet. Run `arborist-cli init --db %1` first.</source>
        <translation>%1 enthält noch keine Arborist-Daten. Führen Sie zuerst `arborist-cli init --db %1` aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer Arborist (schema %2; this one knows up to %3). Update Arborist.</source>
        <translation>%1 wurde von einer neueren Arborist-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Arborist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uses an older schema (%2). Run `arborist-cli init --db %1` to migrate it.</source>
        <translation>%1 verwendet ein älteres Schema (%2). Führen Sie `arborist-cli init --db %1` aus, um es zu migrieren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a SQLite database of another program, not an Arborist database.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Arborist-Datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was written by a newer Arborist (schema %2). Update Arborist.</source>
        <translation>%1 wurde von einer neueren Arborist-Version geschrieben (Schema %2). Aktualisieren Sie Arborist.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../src/store/databaseurl.cpp" line="+22"/>
        <source>Use sqlite:///absolute/path/arborist.db or postgresql://user@host:5432/dbname.</source>
        <translation>Verwenden Sie sqlite:///absolute/path/arborist.db oder postgresql://user@host:5432/dbname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database URL given. %1</source>
        <translation>Keine Datenbank-URL angegeben. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a SQLite URL with an absolute path. %2</source>
        <translation>„%1“ ist keine SQLite-URL mit absolutem Pfad. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names no database file. %2</source>
        <translation>„%1“ nennt keine Datenbankdatei. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid URL: %2. %3</source>
        <translation>„%1“ ist keine gültige URL: %2. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names no server host. %2</source>
        <translation>„%1“ nennt keinen Server-Host. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has an invalid port. %2</source>
        <translation>„%1“ hat einen ungültigen Port. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; names no database (the part after the last &apos;/&apos;). %2</source>
        <translation>„%1“ nennt keine Datenbank (den Teil nach dem letzten „/“). %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect_timeout must be a positive number of seconds.</source>
        <translation>connect_timeout muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown option &quot;%1&quot; in the database URL; known are sslmode, sslrootcert and connect_timeout.</source>
        <translation>Unbekannte Option „%1“ in der Datenbank-URL; bekannt sind sslmode, sslrootcert und connect_timeout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a database URL. %2</source>
        <translation>„%1“ ist keine Datenbank-URL. %2</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../src/engine/engine.cpp" line="+128"/>
        <source>You are signed in to the server as %1, so you act as %1; only an admin may act as %2.</source>
        <translation>Sie sind am Server als %1 angemeldet und handeln daher als %1; nur ein Admin darf als %2 handeln.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no user called &quot;%1&quot;; `arborist-cli user list` shows who there is.</source>
        <translation>Es gibt keinen Benutzer namens „%1“; `arborist-cli user list` zeigt, wer angelegt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user &quot;%1&quot; is disabled; ask an admin to enable them.</source>
        <translation>Der Benutzer „%1“ ist deaktiviert; bitten Sie einen Admin, ihn zu aktivieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is an annotator; only leads and admins may do this.</source>
        <translation>%1 ist Annotator; nur Teamleitungen und Admins dürfen das.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server refused to change the login: %1.</source>
        <translation>Der Server hat die Änderung des Logins abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A user name must be 1 to 100 characters without spaces.</source>
        <translation>Ein Benutzername muss 1 bis 100 Zeichen lang sein und darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is kept for imported data; choose another name.</source>
        <translation>„%1“ ist für importierte Daten reserviert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding users takes an admin: give --user with an admin&apos;s name.</source>
        <translation>Zum Anlegen von Benutzern ist ein Admin nötig: Geben Sie --user mit dem Namen eines Admins an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an admin; only admins add users.</source>
        <translation>%1 ist kein Admin; nur Admins legen Benutzer an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a user called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>Passwords are for the logins of a team&apos;s PostgreSQL server set up with `arborist-cli server init`; %1 has no logins.</source>
        <translation>Passwörter gibt es für die Logins auf dem PostgreSQL-Server eines Teams, der mit `arborist-cli server init` eingerichtet wurde; %1 hat keine Logins.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is not an admin; only admins set passwords.</source>
        <translation>%1 ist kein Admin; nur Admins setzen Passwörter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+12"/>
        <location line="+18"/>
        <location filename="../src/engine/purge.cpp" line="+52"/>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is not an admin; only admins change roles.</source>
        <translation>%1 ist kein Admin; nur Admins ändern Rollen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not an admin; only admins enable or disable users.</source>
        <translation>%1 ist kein Admin; nur Admins aktivieren oder deaktivieren Benutzer.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&quot;%1&quot; is not an emoji code; use one of %2.</source>
        <translation>„%1“ ist kein Emoji-Code; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <location line="+60"/>
        <location line="+17"/>
        <location line="+19"/>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&quot;%1&quot; is not a label.</source>
        <translation>„%1“ ist kein Label.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of %1 must be between 0 and 1.</source>
        <translation>Der Wert von %1 muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <location line="+287"/>
        <location filename="../src/engine/importexport.cpp" line="+781"/>
        <source>There is no tree %1.</source>
        <translation>Es gibt keinen Baum %1.</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Tree %1 is already halted.</source>
        <translation>Der Baum %1 ist bereits angehalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tree %1 is not halted (it is %2).</source>
        <translation>Der Baum %1 ist nicht angehalten (sein Status ist %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message %1 is already deleted.</source>
        <translation>Die Nachricht %1 ist bereits gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Message %1 is not deleted.</source>
        <translation>Die Nachricht %1 ist nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new text is empty.</source>
        <translation>Der neue Text ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The new text has %Ln characters; the limit is %1.</source>
        <translation>
            <numerusform>Der neue Text hat %Ln Zeichen; die Grenze liegt bei %1.</numerusform>
            <numerusform>Der neue Text hat %Ln Zeichen; die Grenze liegt bei %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/importexport.cpp" line="-733"/>
        <source>message id %1 appears twice in the file (first on line %2).</source>
        <translation>die Nachrichten-ID %1 kommt in der Datei zweimal vor (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>a second ranking of the replies to %1 by the same annotator was left out.</source>
        <translation>eine zweite Rangfolge der Antworten auf %1 durch denselben Annotator wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>message %1 is already in the database (imported before?).</source>
        <translation>die Nachricht %1 ist bereits in der Datenbank (schon einmal importiert?).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Nothing was imported; fix the line, or give --skip-invalid to import the rest.</source>
        <translation>Es wurde nichts importiert; korrigieren Sie die Zeile oder geben Sie --skip-invalid an, um den Rest zu importieren.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The tree has no messages.</source>
        <translation>Der Baum hat keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../src/engine/purge.cpp" line="-4"/>
        <source>%1 is not an admin; only admins purge users.</source>
        <translation>%1 ist kein Admin; nur Admins entfernen Benutzer.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 messages and %2 trees deleted</source>
        <translation>%1 Nachrichten und %2 Bäume gelöscht</translation>
    </message>
    <message>
        <location filename="../src/engine/tasks.cpp" line="+489"/>
        <source>There is no task for %1 in &quot;%2&quot; right now; try again later or in another language.</source>
        <translation>Für %1 gibt es in „%2“ gerade keine Aufgabe; versuchen Sie es später noch einmal oder in einer anderen Sprache.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no %1 task for %2 in &quot;%3&quot; right now; `tasks available` shows what there is.</source>
        <translation>Für %2 gibt es in „%3“ gerade keine Aufgabe vom Typ %1; `tasks available` zeigt, was es gibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%1 has %Ln unfinished tasks from the last %2 seconds; finish or skip some before asking for more.</source>
        <translation>
            <numerusform>%1 hat %Ln unerledigte Aufgabe aus den letzten %2 Sekunden; erledigen oder überspringen Sie einige, bevor Sie weitere anfordern.</numerusform>
            <numerusform>%1 hat %Ln unerledigte Aufgaben aus den letzten %2 Sekunden; erledigen oder überspringen Sie einige, bevor Sie weitere anfordern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+138"/>
        <location line="+220"/>
        <source>There is no task %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+219"/>
        <source>Task %1 was given to someone else.</source>
        <translation>Die Aufgabe %1 wurde jemand anderem zugeteilt.</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Task %1 is already done.</source>
        <translation>Die Aufgabe %1 ist bereits erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task %1 was skipped.</source>
        <translation>Die Aufgabe %1 wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Task %1 is a %2 task: send {&quot;text&quot;: &quot;...&quot;}.</source>
        <translation>Die Aufgabe %1 ist vom Typ %2: Senden Sie {&quot;text&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task %1 is a %2 task: send {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}}.</source>
        <translation>Die Aufgabe %1 ist vom Typ %2: Senden Sie {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task %1 is a %2 task: send {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...]}.</source>
        <translation>Die Aufgabe %1 ist vom Typ %2: Senden Sie {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...]}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task %1 expired and its place went to someone else; keep your work and ask for a new task.</source>
        <translation>Die Aufgabe %1 ist abgelaufen und ihr Platz ging an jemand anderen; behalten Sie Ihre Arbeit und fordern Sie eine neue Aufgabe an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The text is empty; write something before submitting.</source>
        <translation>Der Text ist leer; schreiben Sie etwas, bevor Sie absenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation>
            <numerusform>Der Text hat %Ln Zeichen; die Grenze liegt bei %1. Bitte kürzen Sie ihn.</numerusform>
            <numerusform>Der Text hat %Ln Zeichen; die Grenze liegt bei %1. Bitte kürzen Sie ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>You sent exactly this text in the last %Ln minutes; write a new one.</source>
        <translation>
            <numerusform>Sie haben genau diesen Text innerhalb von %Ln Minute schon gesendet; schreiben Sie einen neuen.</numerusform>
            <numerusform>Sie haben genau diesen Text innerhalb von %Ln Minuten schon gesendet; schreiben Sie einen neuen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The message this task replies to no longer exists.</source>
        <translation>Die Nachricht, auf die diese Aufgabe antwortet, existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This conversation is %1 and takes no more replies; your text is kept as a draft.</source>
        <translation>Dieses Gespräch ist im Status %1 und nimmt keine Antworten mehr an; Ihr Text bleibt als Entwurf erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already replied to this message.</source>
        <translation>Sie haben bereits auf diese Nachricht geantwortet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a label of this task; it takes %2.</source>
        <translation>„%1“ ist kein Label dieser Aufgabe; sie erwartet %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value of %1 must be a number from 0 to 1.</source>
        <translation>Der Wert von %1 muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The label %1 must be answered.</source>
        <translation>Das Label %1 muss beantwortet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message of this task no longer exists.</source>
        <translation>Die Nachricht dieser Aufgabe existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot review your own message.</source>
        <translation>Sie können Ihre eigene Nachricht nicht bewerten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have already reviewed this message.</source>
        <translation>Sie haben diese Nachricht bereits bewertet.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The ranking must list each of the task&apos;s %Ln replies exactly once, best first.</source>
        <translation>
            <numerusform>Die Rangfolge muss die %Ln Antwort der Aufgabe genau einmal enthalten, die beste zuerst.</numerusform>
            <numerusform>Die Rangfolge muss jede der %Ln Antworten der Aufgabe genau einmal enthalten, die beste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already ranked these replies.</source>
        <translation>Sie haben diese Antworten bereits in eine Rangfolge gebracht.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Task %1 is already finished.</source>
        <translation>Die Aufgabe %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/engine/transitions.cpp" line="+179"/>
        <source>Ranking %1 of the replies to %2 names %3, which is not one of them.</source>
        <translation>Die Rangfolge %1 der Antworten auf %2 nennt %3, aber das ist keine dieser Antworten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking %1 is not a list of ids.</source>
        <translation>Die Rangfolge %1 ist keine Liste von IDs.</translation>
    </message>
    <message>
        <location filename="../src/engine/repair.cpp" line="+329"/>
        <source>Tree %1 is in the unknown state &quot;%2&quot;; it was not checked.</source>
        <translation>Der Baum %1 hat den unbekannten Status „%2“; er wurde nicht geprüft.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The ranks of the replies to %1 were not checked: ranking %2 is not a list of them.</source>
        <translation>Die Ränge der Antworten auf %1 wurden nicht nachgerechnet: Die Rangfolge %2 ist keine Liste dieser Antworten.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The review results of %n message(s) were not checked: a review setting changed after their first review.</source>
        <translation>
            <numerusform>Die Prüfergebnisse von %n Nachricht wurden nicht nachgerechnet: Eine Prüfeinstellung wurde nach ihrer ersten Prüfung geändert.</numerusform>
            <numerusform>Die Prüfergebnisse von %n Nachrichten wurden nicht nachgerechnet: Eine Prüfeinstellung wurde nach ihrer ersten Prüfung geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+168"/>
        <source>recomputed from the facts</source>
        <translation>aus den Ausgangsdaten neu berechnet</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <location filename="../src/engine/generator.cpp" line="+147"/>
        <source>%1 trees, %2 messages, %3 tasks, %4 labels, %5 rankings</source>
        <translation>%1 Bäume, %2 Nachrichten, %3 Aufgaben, %4 Labels, %5 Rangfolgen</translation>
    </message>
    <message>
        <location line="+518"/>
        <source>Generating a corpus takes at least 10 users; %1 were given.</source>
        <translation>Zum Erzeugen eines Korpus sind mindestens 10 Benutzer nötig; angegeben wurden %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../src/core/labels.cpp" line="+23"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberately low quality, off-topic or unrelated to the conversation.</source>
        <translation>Absichtlich minderwertig, themenfremd oder ohne Bezug zum Gespräch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fails the task</source>
        <translation>Verfehlt die Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not follow the instruction or answer the request.</source>
        <translation>Folgt nicht der Anweisung oder beantwortet die Anfrage nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong language</source>
        <translation>Falsche Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in a language other than the selected one.</source>
        <translation>In einer anderen als der gewählten Sprache geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal information</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains personally identifying information.</source>
        <translation>Enthält personenbezogene Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not appropriate</source>
        <translation>Unangemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inappropriate for a customer-facing assistant.</source>
        <translation>Unpassend für einen Assistenten im Kundenkontakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate speech</source>
        <translation>Hassrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive or threatening content aimed at a protected characteristic such as origin, religion, gender, sexual orientation or disability.</source>
        <translation>Beleidigende oder bedrohliche Inhalte, die auf ein geschütztes Merkmal wie Herkunft, Religion, Geschlecht, sexuelle Orientierung oder Behinderung zielen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sexual content</source>
        <translation>Sexuelle Inhalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains sexual content.</source>
        <translation>Enthält sexuelle Inhalte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moral judgement</source>
        <translation>Moralisches Urteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expresses moral judgement.</source>
        <translation>Äußert ein moralisches Urteil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political content</source>
        <translation>Politische Inhalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expresses political views.</source>
        <translation>Äußert politische Ansichten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall subjective quality.</source>
        <translation>Subjektive Gesamtqualität.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toxicity</source>
        <translation>Toxizität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude, abusive, profane or insulting.</source>
        <translation>Unhöflich, ausfallend, vulgär oder beleidigend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humor</source>
        <translation>Humor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Humorous or sarcastic.</source>
        <translation>Humorvoll oder sarkastisch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpfulness</source>
        <translation>Nützlichkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How helpful the reply is.</source>
        <translation>Wie hilfreich die Antwort ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creativity</source>
        <translation>Kreativität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How creative or original it is.</source>
        <translation>Wie kreativ oder originell sie ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violence</source>
        <translation>Gewalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violence, abuse, terrorism or self-harm.</source>
        <translation>Gewalt, Missbrauch, Terrorismus oder Selbstverletzung.</translation>
    </message>
</context>
<context>
    <name>LineReader</name>
    <message>
        <location filename="../src/engine/jsonlines.cpp" line="+37"/>
        <source>There is no file %1; check the name and the folder.</source>
        <translation>Die Datei %1 gibt es nicht; prüfen Sie den Namen und den Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot start decompressing %1.</source>
        <translation>Das Entpacken von %1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 ends in the middle of its compressed data; the file is incomplete.</source>
        <translation>%1 endet mitten in den komprimierten Daten; die Datei ist unvollständig.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not valid gzip data (%2).</source>
        <translation>%1 enthält keine gültigen gzip-Daten (%2).</translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message>
        <location line="+55"/>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start compressing %1.</source>
        <translation>Das Komprimieren von %1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: %2 (is the disk full?).</source>
        <translation>%1 kann nicht geschrieben werden: %2 (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compressing %1 failed.</source>
        <translation>Das Komprimieren von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Oasst::Reader</name>
    <message>
        <location filename="../src/core/oasst.cpp" line="+31"/>
        <source>not valid JSON (%1 at character %2).</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than one JSON value on the line; a prompt line holds one string.</source>
        <translation>mehr als ein JSON-Wert in der Zeile; eine Prompt-Zeile enthält genau eine Zeichenkette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the prompt is empty.</source>
        <translation>der Prompt ist leer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a JSON array; each line must be a tree, a message or a prompt (a JSON string).</source>
        <translation>ein JSON-Array; jede Zeile muss ein Baum, eine Nachricht oder ein Prompt (eine JSON-Zeichenkette) sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <location line="+99"/>
        <source>tree_state must be one of: %1.</source>
        <translation>tree_state muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>a reply with nested replies; nested messages start at the tree&apos;s root.</source>
        <translation>eine Antwort mit verschachtelten Antworten; verschachtelte Nachrichten beginnen an der Wurzel des Baums.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a linear thread (thread_id); Arborist reads trees, messages and prompts.</source>
        <translation>ein linearer Gesprächsverlauf (thread_id); Arborist liest Bäume, Nachrichten und Prompts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither a tree (message_tree_id, prompt), a message (message_id, text) nor a prompt.</source>
        <translation>weder ein Baum (message_tree_id, prompt) noch eine Nachricht (message_id, text) noch ein Prompt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the tree&apos;s prompt must be a message object.</source>
        <translation>der Prompt des Baums muss ein Nachrichtenobjekt sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tree&apos;s origin must be a string.</source>
        <translation>die Herkunft (origin) des Baums muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+65"/>
        <source>A message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+65"/>
        <source>Message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+100"/>
        <source>message id %1 appears twice in this tree.</source>
        <translation>die Nachrichten-ID %1 kommt in diesem Baum zweimal vor.</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+99"/>
        <source>%1 is a reply of role %2 to a %3 message; roles must alternate, starting with the prompter.</source>
        <translation>%1 ist eine Antwort mit der Rolle %2 auf eine Nachricht mit der Rolle %3; die Rollen müssen sich abwechseln, beginnend mit dem Nutzer (prompter).</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+65"/>
        <source>%1 starts a tree but its role is %2; a tree starts with the prompter.</source>
        <translation>%1 beginnt einen Baum, hat aber die Rolle %2; ein Baum beginnt mit dem Nutzer (prompter).</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 sits among the replies of %2 but names %3 as its parent.</source>
        <translation>%1 steht unter den Antworten auf %2, nennt aber %3 als übergeordnete Nachricht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the tree&apos;s root but has a parent_id.</source>
        <translation>%1 ist die Wurzel des Baums, hat aber eine parent_id.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: replies must be a list of messages.</source>
        <translation>%1: replies muss eine Liste von Nachrichten sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: each reply must be a message object.</source>
        <translation>%1: jede Antwort muss ein Nachrichtenobjekt sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A flat message row needs its message_id.</source>
        <translation>Eine flache Nachrichtenzeile braucht ihre message_id.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 replies to %2, but its tree&apos;s root is not among the rows before it; flat rows must come depth-first, each tree&apos;s root first.</source>
        <translation>%1 antwortet auf %2, aber die Wurzel ihres Baums steht in keiner der vorherigen Zeilen; flache Zeilen müssen in Tiefenreihenfolge (depth-first) kommen, die Wurzel jedes Baums zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 replies to %2, which is not among the rows of its tree before it (flat rows come depth-first, each parent before its replies).</source>
        <translation>%1 antwortet auf %2, doch diese Nachricht steht in keiner der vorherigen Zeilen ihres Baums (flache Zeilen kommen in Tiefenreihenfolge, jede Nachricht vor ihren Antworten).</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <location filename="../src/store/serverroles.cpp" line="+17"/>
        <source>Server roles are for a team&apos;s PostgreSQL server; %1 is a SQLite file, which has no logins.</source>
        <translation>Server-Rollen gibt es auf dem PostgreSQL-Server eines Teams; %1 ist eine SQLite-Datei und hat keine Logins.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 has no schema to work in (search_path).</source>
        <translation>Die Datenbank %1 hat kein Schema, in dem gearbeitet werden kann (search_path).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The password is too short: give at least 12 characters.</source>
        <translation>Das Passwort ist zu kurz: Geben Sie mindestens 12 Zeichen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is too long: give at most 200 characters.</source>
        <translation>Das Passwort ist zu lang: Geben Sie höchstens 200 Zeichen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password may hold only printable ASCII characters (letters, digits, punctuation and spaces).</source>
        <translation>Das Passwort darf nur druckbare ASCII-Zeichen enthalten (Buchstaben, Ziffern, Satzzeichen und Leerzeichen).</translation>
    </message>
</context>
<context>
    <name>TaskTexts</name>
    <message>
        <location filename="../src/widgets/tasktexts.cpp" line="+15"/>
        <source>Write a prompt</source>
        <translation>Prompt schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply as the user</source>
        <translation>Als Nutzer antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply as the assistant</source>
        <translation>Als Assistent antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank user replies</source>
        <translation>Nutzerantworten ordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank assistant replies</source>
        <translation>Assistentenantworten ordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label a prompt</source>
        <translation>Prompt bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label an assistant reply</source>
        <translation>Assistentenantwort bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label a user reply</source>
        <translation>Nutzerantwort bewerten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a message that starts a conversation with the assistant: a question, a request or an instruction.</source>
        <translation>Schreiben Sie eine Nachricht, die ein Gespräch mit dem Assistenten beginnt: eine Frage, eine Bitte oder eine Anweisung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue the conversation as the user would: a follow-up question, a correction or a new request.</source>
        <translation>Setzen Sie das Gespräch so fort, wie es der Nutzer tun würde: mit einer Nachfrage, einer Korrektur oder einer neuen Bitte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the last message as the ideal assistant would: helpful, honest and harmless.</source>
        <translation>Beantworten Sie die letzte Nachricht so, wie es der ideale Assistent tun würde: hilfreich, ehrlich und harmlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the replies in order, best first. Drag them, or select one and press Ctrl+Up, Ctrl+Down or a digit.</source>
        <translation>Bringen Sie die Antworten in eine Rangfolge, die beste zuerst. Ziehen Sie sie, oder wählen Sie eine aus und drücken Sie Ctrl+Up, Ctrl+Down oder eine Ziffer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label the highlighted message. Answer every row marked as required.</source>
        <translation>Bewerten Sie die hervorgehobene Nachricht. Beantworten Sie jede als erforderlich markierte Zeile.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>WorkflowSettings</name>
    <message>
        <location filename="../src/core/settings.cpp" line="+56"/>
        <source>Target number of active growing trees per language; the prompt lottery fills up to it.</source>
        <translation>Zielanzahl aktiver, wachsender Bäume pro Sprache; die Prompt-Lotterie füllt bis zu diesem Wert auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cap on active prompts under review per language.</source>
        <translation>Obergrenze für aktive Prompts in Prüfung pro Sprache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depth of the deepest message of a new tree (the root is depth 0).</source>
        <translation>Tiefe der tiefsten Nachricht eines neuen Baums (die Wurzel hat Tiefe 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum replies a message of a new tree can take.</source>
        <translation>Höchstzahl an Antworten, die eine Nachricht eines neuen Baums erhalten kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum prompter replies to one assistant message.</source>
        <translation>Höchstzahl an Nutzerantworten auf eine Nachricht des Assistenten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted messages (root included) a new tree needs before ranking.</source>
        <translation>Angenommene Nachrichten (einschließlich der Wurzel), die ein neuer Baum vor der Rangfolge braucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw each new tree&apos;s goal size uniformly between the minimum and the goal.</source>
        <translation>Die Zielgröße jedes neuen Baums gleichverteilt zwischen dem Minimum und dem Zielwert ziehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower bound of a random goal tree size.</source>
        <translation>Untergrenze einer zufälligen Zielgröße für Bäume.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label reviews needed to decide on an initial prompt.</source>
        <translation>Label-Prüfungen, die für eine Entscheidung über einen Anfangsprompt nötig sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label reviews needed to decide on a reply.</source>
        <translation>Label-Prüfungen, die für eine Entscheidung über eine Antwort nötig sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abort, delete or halt automatically on red flags and skipped replies.</source>
        <translation>Bei roten Markierungen und übersprungenen Antworten automatisch abbrechen, löschen oder anhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply skips on one message at which its tree is halted.</source>
        <translation>Anzahl übersprungener Antworten auf eine Nachricht, ab der ihr Baum angehalten wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red flags at which a reply is deleted or a prompt&apos;s tree aborted.</source>
        <translation>Anzahl roter Markierungen, ab der eine Antwort gelöscht oder der Baum eines Prompts abgebrochen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability that a prompt label task asks for every label (else the short form).</source>
        <translation>Wahrscheinlichkeit, dass eine Label-Aufgabe für einen Prompt nach allen Labels fragt (sonst die Kurzform).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability that an assistant-reply label task asks for every label.</source>
        <translation>Wahrscheinlichkeit, dass eine Label-Aufgabe für eine Assistentenantwort nach allen Labels fragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability that a prompter-reply label task asks for every label.</source>
        <translation>Wahrscheinlichkeit, dass eine Label-Aufgabe für eine Nutzerantwort nach allen Labels fragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prompt is accepted when its score is above this.</source>
        <translation>Ein Prompt wird angenommen, wenn seine Punktzahl über diesem Wert liegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply is accepted when its score is above this.</source>
        <translation>Eine Antwort wird angenommen, wenn ihre Punktzahl über diesem Wert liegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rankings needed for each group of sibling replies.</source>
        <translation>Benötigte Rangfolgen für jede Gruppe von Geschwisterantworten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chance to activate a backlog tree when an active tree finishes.</source>
        <translation>Wahrscheinlichkeit, einen Baum aus dem Rückstand zu aktivieren, wenn ein aktiver Baum fertig wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activate backlog trees while fewer sibling groups than this wait for rankings.</source>
        <translation>Bäume aus dem Rückstand aktivieren, solange weniger Geschwistergruppen als dieser Wert auf Rangfolgen warten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels of a full initial-prompt label task, in order.</source>
        <translation>Labels einer vollständigen Label-Aufgabe für Anfangsprompts, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels of a full assistant-reply label task, in order.</source>
        <translation>Labels einer vollständigen Label-Aufgabe für Assistentenantworten, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels of a full prompter-reply label task, in order.</source>
        <translation>Labels einer vollständigen Label-Aufgabe für Nutzerantworten, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels every initial-prompt review must answer.</source>
        <translation>Labels, die jede Prüfung eines Anfangsprompts beantworten muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels every assistant-reply review must answer.</source>
        <translation>Labels, die jede Prüfung einer Assistentenantwort beantworten muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels every prompter-reply review must answer.</source>
        <translation>Labels, die jede Prüfung einer Nutzerantwort beantworten muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also rank sibling prompter replies.</source>
        <translation>Auch Geschwisterantworten des Nutzers in eine Rangfolge bringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prompter message with fewer replies than this (but at least one) is lonely.</source>
        <translation>Eine Nutzernachricht mit weniger Antworten als diesem Wert (aber mindestens einer) gilt als einsam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability of giving a reply task for a lonely message when one exists.</source>
        <translation>Wahrscheinlichkeit, eine Antwortaufgabe für eine einsame Nachricht zu vergeben, sofern es eine gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window, in seconds, in which a user&apos;s open tasks count as pending.</source>
        <translation>Zeitfenster in Sekunden, in dem die offenen Aufgaben eines Benutzers als ausstehend zählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user with this many pending tasks gets no new task.</source>
        <translation>Ein Benutzer mit so vielen ausstehenden Aufgaben erhält keine neue Aufgabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per-language cap on accepted prompts waiting for the lottery.</source>
        <translation>Obergrenze pro Sprache für angenommene Prompts, die auf die Lotterie warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated languages in which no initial prompts are asked for.</source>
        <translation>Kommagetrennte Sprachen, in denen keine Anfangsprompts angefordert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes after which an unfinished task expires and frees its slot.</source>
        <translation>Minuten, nach denen eine unerledigte Aufgabe abläuft und ihren Platz freigibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum characters of a prompt or reply.</source>
        <translation>Höchstzahl an Zeichen eines Prompts oder einer Antwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text equal to one of the user&apos;s own from this many minutes ago is refused.</source>
        <translation>Ein Text, der einem eigenen Text des Benutzers aus den letzten so vielen Minuten gleicht, wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no setting called &quot;%1&quot;; `config show` lists them.</source>
        <translation>Es gibt keine Einstellung namens „%1“; `config show` listet sie auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes true or false, not &quot;%2&quot;.</source>
        <translation>%1 erwartet true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a label.</source>
        <translation>%1: „%2“ ist kein Label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 enthält „%2“ zweimal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsupported setting type.</source>
        <translation>Nicht unterstützter Einstellungstyp.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+75"/>
        <source>Arborist: collect conversation trees for training chat models.</source>
        <translation>Arborist: Gesprächsbäume für das Training von Chat-Modellen sammeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database to open (a URL).</source>
        <translation>Die zu öffnende Datenbank (eine URL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user to sign in as.</source>
        <translation>Der Benutzer, als der Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect at once (and sign in, with --user).</source>
        <translation>Sofort verbinden (und mit --user auch anmelden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the window (en, de, zh_CN) for this run.</source>
        <translation>Die Sprache des Fensters (en, de, zh_CN) für diesen Start.</translation>
    </message>
</context>
</TS>
