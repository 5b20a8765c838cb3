<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EditorAutosave</name>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Der Ordner für Wiederherstellungskopien %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the recovery copy %1: %2</source>
        <translation>Die Wiederherstellungskopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Nothing is selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Select seats or GA areas to set their category.</source>
        <translation>Wählen Sie Plätze oder Stehplatzbereiche aus, um ihre Kategorie festzulegen.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>Es gibt keine Kategorie „%1“.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a category &quot;%1&quot; already.</source>
        <translation>Es gibt bereits eine Kategorie „%1“.</translation>
    </message>
    <message>
        <source>Select GA areas to set their capacity.</source>
        <translation>Wählen Sie Stehplatzbereiche aus, um ihre Kapazität festzulegen.</translation>
    </message>
    <message>
        <source>Select seats to set their flags.</source>
        <translation>Wählen Sie Plätze aus, um ihre Merkmale festzulegen.</translation>
    </message>
    <message>
        <source>Only the wheelchair, restricted view and aisle flags can be set this way.</source>
        <translation>Auf diese Weise lassen sich nur die Merkmale Rollstuhlplatz, Sichtbehinderung und Gangplatz setzen.</translation>
    </message>
    <message>
        <source>Select exactly one wheelchair space and its companion seats.</source>
        <translation>Wählen Sie genau einen Rollstuhlplatz und seine Begleitplätze aus.</translation>
    </message>
    <message>
        <source>None of the selected seats is a companion seat.</source>
        <translation>Keiner der ausgewählten Plätze ist ein Begleitplatz.</translation>
    </message>
    <message>
        <source>Select the seats to renumber.</source>
        <translation>Wählen Sie die Plätze aus, die neu nummeriert werden sollen.</translation>
    </message>
    <message>
        <source>Numbers start at 0 or more.</source>
        <translation>Die Nummerierung beginnt bei 0 oder höher.</translation>
    </message>
    <message>
        <source>A row needs a label.</source>
        <translation>Eine Reihe braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Select a seat of the row to rename.</source>
        <translation>Wählen Sie einen Platz der Reihe aus, die umbenannt werden soll.</translation>
    </message>
    <message>
        <source>The selected seats are in more than one row.</source>
        <translation>Die ausgewählten Plätze liegen in mehr als einer Reihe.</translation>
    </message>
    <message>
        <source>A section outline needs at least 3 points.</source>
        <translation>Der Umriss eines Blocks braucht mindestens 3 Punkte.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;.</source>
        <translation>Es gibt keinen Block „%1“.</translation>
    </message>
    <message>
        <source>The rows hold no seats: drag further, or make the spacing smaller.</source>
        <translation>Die Reihen enthalten keine Plätze: Ziehen Sie weiter oder verkleinern Sie den Abstand.</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>A GA area needs at least 3 outline points.</source>
        <translation>Ein Stehplatzbereich braucht mindestens 3 Umrisspunkte.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <source>A text decoration needs a text.</source>
        <translation>Eine Textdekoration braucht einen Text.</translation>
    </message>
    <message>
        <source>A shape needs an outline: drag to draw it.</source>
        <translation>Eine Form braucht einen Umriss: Ziehen Sie, um ihn zu zeichnen.</translation>
    </message>
    <message>
        <source>Select at least two seats to align.</source>
        <translation>Wählen Sie mindestens zwei Plätze zum Ausrichten aus.</translation>
    </message>
    <message>
        <source>Select at least three seats to distribute.</source>
        <translation>Wählen Sie mindestens drei Plätze zum Verteilen aus.</translation>
    </message>
    <message>
        <source>That would take the selection beyond %L1 units from the map&apos;s origin.</source>
        <translation>Damit läge die Auswahl mehr als %L1 Einheiten vom Ursprung des Plans entfernt.</translation>
    </message>
    <message>
        <source>The clipboard holds no seats, areas or decoration.</source>
        <translation>Die Zwischenablage enthält keine Plätze, Bereiche oder Dekorationen.</translation>
    </message>
</context>
<context>
    <name>OrderItem</name>
    <message>
        <source>%1 · Row %2 · Seat %3</source>
        <translation>%1 · Reihe %2 · Platz %3</translation>
    </message>
</context>
<context>
    <name>OrderOperations</name>
    <message>
        <source>Hand back %1 change.</source>
        <translation>Geben Sie %1 Rückgeld heraus.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Money back: %1.</source>
        <translation>Erstattung: %1.</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Exchanged or void</source>
        <translation>Umgetauscht oder ungültig</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
</context>
<context>
    <name>Parterre::CartPanel</name>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>&amp;Remove line (Del)</source>
        <translation>&amp;Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>Cart empty</source>
        <translation>Warenkorb leer</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) · %1</source>
        <extracomment>The cart&apos;s total: number of seats and places, then the amount</extracomment>
        <translation>
            <numerusform>%n Platz · %1</numerusform>
            <numerusform>%n Plätze · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Seats held for %1 more — finish the sale</source>
        <translation>⚠ Plätze noch %1 reserviert – Verkauf abschließen</translation>
    </message>
    <message>
        <source>Seats held for %1</source>
        <translation>Plätze reserviert für %1</translation>
    </message>
</context>
<context>
    <name>Parterre::CheckoutPanel</name>
    <message>
        <source>C&amp;ard (F5)</source>
        <translation>&amp;Karte (F5)</translation>
    </message>
</context>
<context>
    <name>Parterre::ClerkLogin</name>
    <message>
        <source>Switch Clerk</source>
        <translation>Kassierer wechseln</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
</context>
<context>
    <name>Parterre::ConnectionDialog</name>
    <message>
        <source>This computer (SQLite file)</source>
        <translation>Dieser Computer (SQLite-Datei)</translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation>Gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Store connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>TLS bevorzugen</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS verlangen</translation>
    </message>
    <message>
        <source>Require TLS, verify the certificate authority</source>
        <translation>TLS verlangen, Zertifizierungsstelle prüfen</translation>
    </message>
    <message>
        <source>Require TLS, verify the server name</source>
        <translation>TLS verlangen, Servernamen prüfen</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Parterre stores (*.sqlite);;All files (*)</source>
        <translation>Parterre-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected: the store is ready.</source>
        <translation>Verbunden: Die Datenbank ist bereit.</translation>
    </message>
</context>
<context>
    <name>Parterre::CounterMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Store…</source>
        <translation>Mit Datenbank &amp;verbinden …</translation>
    </message>
    <message>
        <source>Switch &amp;Clerk…</source>
        <translation>&amp;Kassierer wechseln …</translation>
    </message>
    <message>
        <source>&amp;Host This Store…</source>
        <translation>Datenbank &amp;freigeben …</translation>
    </message>
    <message>
        <source>Shows &amp;Overview…</source>
        <translation>Vorstellungs&amp;übersicht …</translation>
    </message>
    <message>
        <source>&amp;Hold Time…</source>
        <translation>&amp;Reservierungsdauer …</translation>
    </message>
    <message>
        <source>Ticket &amp;Stock…</source>
        <translation>Kartenf&amp;ormat …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Verkauf</translation>
    </message>
    <message>
        <source>&amp;Find Show</source>
        <translation>Vorstellung s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Anzahl</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Next &amp;Category</source>
        <translation>Nächs&amp;te Kategorie</translation>
    </message>
    <message>
        <source>&amp;Best Available</source>
        <translation>&amp;Beste Plätze</translation>
    </message>
    <message>
        <source>&amp;Wheelchair Space with Companion</source>
        <translation>Rollstuhlplatz &amp;mit Begleitplatz</translation>
    </message>
    <message>
        <source>&amp;Add Selected Seats</source>
        <translation>Ausgewählte Plätze &amp;hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xtend Hold</source>
        <translation>Reservierung &amp;verlängern</translation>
    </message>
    <message>
        <source>&amp;House Seats…</source>
        <translation>Hausplätze und K&amp;ontingente …</translation>
    </message>
    <message>
        <source>&amp;Remove Cart Line</source>
        <translation>&amp;Warenkorbzeile entfernen</translation>
    </message>
    <message>
        <source>Pay &amp;Exact Cash</source>
        <translation>Pa&amp;ssend bar bezahlen</translation>
    </message>
    <message>
        <source>Pay a Pa&amp;rt…</source>
        <translation>Teil&amp;zahlung …</translation>
    </message>
    <message>
        <source>Cash &amp;Tendered…</source>
        <translation>&amp;Gegebener Betrag …</translation>
    </message>
    <message>
        <source>Pay by C&amp;ard</source>
        <translation>Mit &amp;Karte bezahlen</translation>
    </message>
    <message>
        <source>Com&amp;plimentary…</source>
        <translation>&amp;Freikarte …</translation>
    </message>
    <message>
        <source>C&amp;ustomer Details…</source>
        <translation>Kun&amp;dendaten …</translation>
    </message>
    <message>
        <source>C&amp;onfirm Sale</source>
        <translation>Verkauf abschl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Print Tickets…</source>
        <translation>Karten dru&amp;cken …</translation>
    </message>
    <message>
        <source>Save Tickets as P&amp;DF…</source>
        <translation>Karten als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Print &amp;Receipt…</source>
        <translation>Be&amp;leg drucken …</translation>
    </message>
    <message>
        <source>Save Receipt as PDF…</source>
        <translation>Beleg als PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>B&amp;estellungen …</translation>
    </message>
    <message>
        <source>&amp;New Sale</source>
        <translation>&amp;Neuer Verkauf</translation>
    </message>
    <message>
        <source>&amp;Cancel Sale</source>
        <translation>Verkauf abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;End of Day</source>
        <translation>&amp;Tagesabschluss</translation>
    </message>
    <message>
        <source>Cash &amp;Drawer…</source>
        <translation>Kassen&amp;lade …</translation>
    </message>
    <message>
        <source>Sales &amp;Reports…</source>
        <translation>&amp;Verkaufsberichte …</translation>
    </message>
    <message>
        <source>&amp;Payments to Resolve…</source>
        <translation>Zu &amp;klärende Zahlungen …</translation>
    </message>
</context>
<context>
    <name>Parterre::CounterWindow</name>
    <message>
        <source>Parterre — Counter</source>
        <translation>Parterre — Kasse</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Kassierer: %1</translation>
    </message>
    <message>
        <source>Finish or cancel the sale before switching stores.</source>
        <translation>Schließen Sie den Verkauf ab oder brechen Sie ihn ab, bevor Sie die Datenbank wechseln.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft …</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>Kassierer: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is at the counter.</source>
        <translation>%1 ist jetzt an der Kasse.</translation>
    </message>
    <message>
        <source>Connected to the store again.</source>
        <translation>Wieder mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Store connection lost, retrying: %1</source>
        <translation>Verbindung zur Datenbank verloren, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Could not read the shows</source>
        <translation>Die Vorstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The store has no shows yet.</source>
        <translation>Die Datenbank enthält noch keine Vorstellungen.</translation>
    </message>
    <message>
        <source>Could not load the show</source>
        <translation>Die Vorstellung konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Anzahl: %1</translation>
    </message>
    <message>
        <source>Pick a show first.</source>
        <translation>Wählen Sie zuerst eine Vorstellung.</translation>
    </message>
    <message numerus="yes">
        <source>Holding %n standing place(s)…</source>
        <translation>
            <numerusform>%n Stehplatz wird reserviert …</numerusform>
            <numerusform>%n Stehplätze werden reserviert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding a wheelchair space with its companion seat…</source>
        <translation>Rollstuhlplatz mit Begleitplatz wird gesucht …</translation>
    </message>
    <message numerus="yes">
        <source>Finding the best %n seat(s)…</source>
        <translation>
            <numerusform>%n bester Platz wird gesucht …</numerusform>
            <numerusform>Die besten %n Plätze werden gesucht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Select seats on the map first (click, Shift+click, or drag with Shift).</source>
        <translation>Wählen Sie zuerst Plätze im Saalplan aus (Klick, Umschalt+Klick oder Ziehen mit Umschalt).</translation>
    </message>
    <message numerus="yes">
        <source>Holding %n seat(s)…</source>
        <translation>
            <numerusform>%n Platz wird reserviert …</numerusform>
            <numerusform>%n Plätze werden reserviert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not hold the seats</source>
        <translation>Die Plätze konnten nicht reserviert werden</translation>
    </message>
    <message>
        <source>One sale takes one currency: sell this show in a sale of its own.</source>
        <translation>Ein Verkauf hat nur eine Währung: Verkaufen Sie diese Vorstellung in einem eigenen Verkauf.</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>Releasing seats…</source>
        <translation>Plätze werden freigegeben …</translation>
    </message>
    <message>
        <source>Could not release every seat (they are freed when the hold runs out)</source>
        <translation>Nicht alle Plätze konnten freigegeben werden (sie werden frei, wenn die Reservierung abläuft)</translation>
    </message>
    <message>
        <source>The payment is being taken; wait for it to finish.</source>
        <translation>Die Zahlung läuft; bitte warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Verkauf abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel this sale and release %n seat(s)?</source>
        <translation>
            <numerusform>Diesen Verkauf abbrechen und %n Platz freigeben?</numerusform>
            <numerusform>Diesen Verkauf abbrechen und %n Plätze freigeben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale cancelled: the seats are free again.</source>
        <translation>Verkauf abgebrochen: Die Plätze sind wieder frei.</translation>
    </message>
    <message>
        <source>The cart is empty: add seats first.</source>
        <translation>Der Warenkorb ist leer: Fügen Sie zuerst Plätze hinzu.</translation>
    </message>
    <message>
        <source>Taking the payment once the seats are held…</source>
        <translation>Die Zahlung wird angenommen, sobald die Plätze reserviert sind …</translation>
    </message>
    <message>
        <source>%1 tendered is less than the %2 due.</source>
        <translation>Gegeben wurden %1, fällig sind %2.</translation>
    </message>
    <message>
        <source>Taking payment and issuing tickets…</source>
        <translation>Zahlung wird angenommen, Karten werden ausgestellt …</translation>
    </message>
    <message>
        <source>The sale is not complete</source>
        <translation>Der Verkauf ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Tickets issued.</source>
        <translation>Karten ausgestellt.</translation>
    </message>
    <message>
        <source>Extending the hold…</source>
        <translation>Reservierung wird verlängert …</translation>
    </message>
    <message>
        <source>The seats are held longer.</source>
        <translation>Die Plätze bleiben länger reserviert.</translation>
    </message>
    <message numerus="yes">
        <source>The hold ran out: %n seat(s) went back on sale. Add them again if the customer still wants them.</source>
        <translation>
            <numerusform>Die Reservierung ist abgelaufen: %n Platz ist wieder im Verkauf. Fügen Sie ihn erneut hinzu, wenn der Kunde ihn noch möchte.</numerusform>
            <numerusform>Die Reservierung ist abgelaufen: %n Plätze sind wieder im Verkauf. Fügen Sie sie erneut hinzu, wenn der Kunde sie noch möchte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not print the tickets</source>
        <translation>Die Karten konnten nicht gedruckt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent to the printer.</source>
        <translation>
            <numerusform>%n Karte an den Drucker gesendet.</numerusform>
            <numerusform>%n Karten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print the receipt</source>
        <translation>Der Beleg konnte nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Save Tickets</source>
        <translation>Karten speichern</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>Karten-%1.pdf</translation>
    </message>
    <message>
        <source>Could not save the tickets</source>
        <translation>Die Karten konnten nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n ticket(s) to %1.</source>
        <translation>
            <numerusform>%n Karte in %1 gespeichert.</numerusform>
            <numerusform>%n Karten in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>Beleg-%1.pdf</translation>
    </message>
    <message>
        <source>Could not save the receipt</source>
        <translation>Der Beleg konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the receipt to %1.</source>
        <translation>Beleg in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation>Reservierungsdauer</translation>
    </message>
    <message>
        <source>Minutes the seats in a cart stay held for the customer:</source>
        <translation>Minuten, die Plätze im Warenkorb für den Kunden reserviert bleiben:</translation>
    </message>
    <message>
        <source>Could not serve the new store: %1</source>
        <translation>Die neue Datenbank kann nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Part of this sale is paid: take the rest, or cancel the whole sale (Esc) to give the money back.</source>
        <translation>Ein Teil dieses Verkaufs ist bezahlt: Kassieren Sie den Rest oder brechen Sie den ganzen Verkauf ab (Esc), um das Geld zurückzugeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of this sale is paid. Cancel it, give the money back to the payments it came from and release %n seat(s)?</source>
        <translation>
            <numerusform>Von diesem Verkauf sind %1 bezahlt. Den Verkauf abbrechen, das Geld auf die ursprünglichen Zahlungen zurückgeben und %n Platz freigeben?</numerusform>
            <numerusform>Von diesem Verkauf sind %1 bezahlt. Den Verkauf abbrechen, das Geld auf die ursprünglichen Zahlungen zurückgeben und %n Plätze freigeben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the sale and giving the money back…</source>
        <translation>Verkauf wird abgebrochen, das Geld wird zurückgegeben …</translation>
    </message>
    <message>
        <source>The sale could not be cancelled</source>
        <translation>Der Verkauf konnte nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Paid %1 so far; %2 still due. Take the rest: F8 exact cash, F2 cash tendered, F5 card, F6 another part.</source>
        <translation>Bisher bezahlt: %1; noch fällig: %2. Den Rest kassieren: F8 passend bar, F2 gegebener Betrag, F5 Karte, F6 weitere Teilzahlung.</translation>
    </message>
    <message>
        <source>Part of this sale is paid: take the rest, or cancel the sale (Esc) to give the money back, before closing the counter.</source>
        <translation>Ein Teil dieses Verkaufs ist bezahlt: Kassieren Sie vor dem Schließen der Kasse den Rest oder brechen Sie den Verkauf ab (Esc), um das Geld zurückzugeben.</translation>
    </message>
    <message>
        <source>Selling seats kept for %1: click them on the map, then A.</source>
        <translation>Verkauf aus dem Kontingent %1: Plätze auf dem Saalplan anklicken, dann A.</translation>
    </message>
    <message>
        <source>Checking who may keep house seats…</source>
        <translation>Prüfe, wer Hausplätze verwalten darf …</translation>
    </message>
    <message>
        <source>House seats are for supervisors</source>
        <translation>Hausplätze verwaltet die Kassenleitung</translation>
    </message>
    <message>
        <source>Hold codes keep seats, not standing places: pick a seated category or &quot;Any&quot;.</source>
        <translation>Kontingente halten Sitzplätze, keine Stehplätze: eine Sitzplatz-Kategorie oder „Alle Kategorien“ wählen.</translation>
    </message>
    <message>
        <source>Finding the best seats kept for %1…</source>
        <translation>Suche die besten Plätze im Kontingent %1 …</translation>
    </message>
</context>
<context>
    <name>Parterre::DenominationDialog</name>
    <message>
        <source>Count the Drawer</source>
        <translation>Kassenlade zählen</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>Parterre::DrawerPanel</name>
    <message>
        <source>balanced</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>short</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>over</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>The drawers open at this terminal</source>
        <translation>An diesem Terminal geöffnete Kassenladen</translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation>Kassenlade öffnen</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>z. B. 150,00</translation>
    </message>
    <message>
        <source>&amp;Open Drawer</source>
        <translation>Kassenlade ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Float (%1):</source>
        <translation>&amp;Wechselgeld (%1):</translation>
    </message>
    <message>
        <source>Close the drawer</source>
        <translation>Kassenlade schließen</translation>
    </message>
    <message>
        <source>the cash in the drawer</source>
        <translation>gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Count &amp;Notes and Coins…</source>
        <translation>&amp;Stückelung zählen …</translation>
    </message>
    <message>
        <source>&amp;Close Drawer…</source>
        <translation>Kassenlade s&amp;chließen …</translation>
    </message>
    <message>
        <source>C&amp;ounted (%1):</source>
        <translation>&amp;Gezählt (%1):</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Soll:</translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation>Gezählt:</translation>
    </message>
    <message>
        <source>Variance:</source>
        <translation>Differenz:</translation>
    </message>
    <message>
        <source>Z-report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <source>The Z-report appears here once the drawer is closed.</source>
        <translation>Der Z-Bericht erscheint hier, sobald die Kassenlade geschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>CS&amp;V speichern …</translation>
    </message>
    <message>
        <source>Show the Z-report of a drawer closed earlier at this terminal</source>
        <translation>Den Z-Bericht einer früher an diesem Terminal geschlossenen Kassenlade anzeigen</translation>
    </message>
    <message>
        <source>Type the float, the cash the drawer starts with (0 for none).</source>
        <translation>Geben Sie das Wechselgeld ein, mit dem die Kassenlade beginnt (0 für keines).</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>Closed drawers…</source>
        <translation>Geschlossene Kassenladen …</translation>
    </message>
    <message>
        <source>#%1 %2, closed %3</source>
        <translation>#%1 %2, geschlossen %3</translation>
    </message>
    <message>
        <source>%1&apos;s drawer is open at %2 with a float of %3.</source>
        <translation>Die Kassenlade von %1 ist an %2 geöffnet, mit %3 Wechselgeld.</translation>
    </message>
    <message>
        <source>No drawer is open here to close.</source>
        <translation>Hier ist keine Kassenlade zum Schließen geöffnet.</translation>
    </message>
    <message>
        <source>Drawer closed: expected %1, counted %2, variance %3 (%4).</source>
        <translation>Kassenlade geschlossen: Soll %1, gezählt %2, Differenz %3 (%4).</translation>
    </message>
    <message>
        <source>Type the cash counted in the drawer, or count it note by note.</source>
        <translation>Geben Sie das gezählte Bargeld ein oder zählen Sie Schein für Schein.</translation>
    </message>
    <message>
        <source>Close Drawer</source>
        <translation>Kassenlade schließen</translation>
    </message>
    <message>
        <source>Close %1&apos;s drawer?

Expected: %2
Counted: %3
Variance: %4 (%5)

A drawer closes once; the variance is recorded.</source>
        <translation>Kassenlade von %1 schließen?

Soll: %2
Gezählt: %3
Differenz: %4 (%5)

Eine Kassenlade wird nur einmal geschlossen; die Differenz wird festgehalten.</translation>
    </message>
    <message>
        <source>No drawer is open for %1 at this terminal. Open one with the cash it starts with.</source>
        <translation>Für %1 ist an diesem Terminal keine Kassenlade geöffnet. Öffnen Sie eine mit ihrem Wechselgeld.</translation>
    </message>
    <message>
        <source>this clerk</source>
        <translation>diesen Kassierer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1&apos;s drawer at %2 is open since %3, float %4.</source>
        <translation>Die Kassenlade von %1 an %2 ist seit %3 geöffnet, Wechselgeld %4.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Close a drawer first: there is no Z-report yet.</source>
        <translation>Schließen Sie zuerst eine Kassenlade: Es gibt noch keinen Z-Bericht.</translation>
    </message>
    <message>
        <source>Save Z-Report as PDF</source>
        <translation>Z-Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Z-Report as CSV</source>
        <translation>Z-Bericht als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Parterre::EditorCanvas</name>
    <message>
        <source>Select what to rotate first.</source>
        <translation>Wählen Sie zuerst aus, was gedreht werden soll.</translation>
    </message>
    <message>
        <source>Drag out the GA area&apos;s rectangle.</source>
        <translation>Ziehen Sie das Rechteck des Stehplatzbereichs auf.</translation>
    </message>
    <message>
        <source>Drag out the shape&apos;s rectangle.</source>
        <translation>Ziehen Sie das Rechteck der Form auf.</translation>
    </message>
    <message>
        <source>Select seats of one section, or start the outline inside it.</source>
        <translation>Wählen Sie Plätze eines Blocks aus oder beginnen Sie den Umriss innerhalb des Blocks.</translation>
    </message>
</context>
<context>
    <name>Parterre::EditorPropertiesPanel</name>
    <message>
        <source>Apply to Selection</source>
        <translation>Auf Auswahl anwenden</translation>
    </message>
    <message>
        <source>New Category…</source>
        <translation>Neue Kategorie …</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Rollstuhlplatz</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Sichtbehinderung</translation>
    </message>
    <message>
        <source>Aisle seat</source>
        <translation>Gangplatz</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Reihe umbenennen</translation>
    </message>
    <message>
        <source>1 2 3 … left to right</source>
        <translation>1 2 3 … von links nach rechts</translation>
    </message>
    <message>
        <source>… 3 2 1 right to left</source>
        <translation>… 3 2 1 von rechts nach links</translation>
    </message>
    <message>
        <source>Odd left, even right of centre</source>
        <translation>Ungerade links, gerade rechts</translation>
    </message>
    <message>
        <source>Even left, odd right of centre</source>
        <translation>Gerade links, ungerade rechts</translation>
    </message>
    <message>
        <source>Keep row labels</source>
        <translation>Reihennamen behalten</translation>
    </message>
    <message>
        <source>Rows 1, 2, 3 …</source>
        <translation>Reihen 1, 2, 3 …</translation>
    </message>
    <message>
        <source>Rows A, B, C …</source>
        <translation>Reihen A, B, C …</translation>
    </message>
    <message>
        <source>Rows A, B, C … without I and O</source>
        <translation>Reihen A, B, C … ohne I und O</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Neu nummerieren</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <source>Row label:</source>
        <translation>Reihe:</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>Nummerierung:</translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>Erste Nummer:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Reihen:</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Apply to Selected Areas</source>
        <translation>Auf gewählte Bereiche anwenden</translation>
    </message>
    <message>
        <source>Text for the text tool</source>
        <translation>Text für das Textwerkzeug</translation>
    </message>
    <message>
        <source>New rows and shapes</source>
        <translation>Neue Reihen und Formen</translation>
    </message>
    <message>
        <source>Seat spacing:</source>
        <translation>Platzabstand:</translation>
    </message>
    <message>
        <source>Row spacing:</source>
        <translation>Reihenabstand:</translation>
    </message>
    <message>
        <source>Rows in a block:</source>
        <translation>Reihen je Block:</translation>
    </message>
    <message>
        <source>Curve:</source>
        <translation>Krümmung:</translation>
    </message>
    <message>
        <source>GA capacity:</source>
        <translation>Stehplatzkapazität:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Raster:</translation>
    </message>
    <message>
        <source>Nothing selected. Click seats, drag a rectangle around them, or draw with a tool.</source>
        <translation>Nichts ausgewählt: Plätze anklicken oder umrahmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GA area(s)</source>
        <translation>
            <numerusform>%n Stehplatzbereich</numerusform>
            <numerusform>%n Stehplatzbereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decoration(s)</source>
        <translation>
            <numerusform>%n Dekoration</numerusform>
            <numerusform>%n Dekorationen</numerusform>
        </translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Farbe von „%1“</translation>
    </message>
</context>
<context>
    <name>Parterre::EditorWindow</name>
    <message>
        <source>Parterre seat maps (*.json);;All files (*)</source>
        <translation>Parterre-Saalpläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An empty seat map. Choose Add Row or Add Block and drag on the canvas to place seats, or import a pretix plan from the File menu.</source>
        <translation>Ein leerer Saalplan. Wählen Sie „Neue Reihe“ oder „Neuer Block“ und ziehen Sie auf der Zeichenfläche, um Plätze zu setzen, oder importieren Sie einen pretix-Plan über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Wie geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select and Move</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Section Outline</source>
        <translation>Blockumriss</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Neue Reihe</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Add Block</source>
        <translation>Neuer Block</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>GA Area</source>
        <translation>Stehplatzbereich</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Seat Map</source>
        <translation>&amp;Neuer Saalplan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import pretix Plan…</source>
        <translation>pretix-Plan &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Generate Stadium…</source>
        <translation>Stadion &amp;erzeugen …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
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
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Link Companion Seats</source>
        <translation>Begleitplätze &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>U&amp;nlink Companion Seats</source>
        <translation>Verknüpfung der Begleitplätze auf&amp;heben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres Horizontally</source>
        <translation>Mitten &amp;horizontal ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Mitten &amp;vertikal ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Hori&amp;zontal verteilen</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>Vertikal ver&amp;teilen</translation>
    </message>
    <message>
        <source>Rotate 90° &amp;Anticlockwise</source>
        <translation>90° gegen den Uhrzeigersinn &amp;drehen</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Rotate 90° &amp;Clockwise</source>
        <translation>90° im Uhrzeigersinn dreh&amp;en</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Plan &amp;einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Parterre Seat Map Editor</source>
        <translation>%1[*] — Parterre-Saalplaneditor</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The seat map &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Der Saalplan „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open Seat Map</source>
        <translation>Saalplan öffnen</translation>
    </message>
    <message>
        <source>Save Seat Map</source>
        <translation>Saalplan speichern</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Seat Map Editor</source>
        <translation>Saalplaneditor</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Parterre kept a copy of a new seat map that was never saved, from %1. Restore it?</source>
        <translation>Parterre hat eine Kopie eines nie gespeicherten neuen Saalplans vom %1 aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Parterre kept a copy of unsaved changes to this seat map from %1, newer than the saved file. Restore the changes?</source>
        <translation>Parterre hat eine Kopie ungespeicherter Änderungen an diesem Saalplan vom %1 aufbewahrt, neuer als die gespeicherte Datei. Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>Die Wiederherstellungskopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Import pretix Seating Plan</source>
        <translation>pretix-Saalplan importieren</translation>
    </message>
    <message>
        <source>pretix seating plans (*.json);;All files (*)</source>
        <translation>pretix-Saalpläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Generate Stadium</source>
        <translation>Stadion erzeugen</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source>Generating a stadium of %L1 seats…</source>
        <translation>Stadion mit %L1 Plätzen wird erzeugt …</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s).</source>
        <translation>
            <numerusform>%n Element kopiert.</numerusform>
            <numerusform>%n Elemente kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>%1 Wait for it to finish before closing.</source>
        <translation>%1 Warten Sie vor dem Schließen, bis der Vorgang abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Parterre::EndOfDayPanel</name>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>The store failed: %1</source>
        <translation>Fehler der Datenbank: %1</translation>
    </message>
    <message>
        <source>The counter&apos;s store is closed.</source>
        <translation>Die Datenbank der Kasse ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>Parterre::EndOfDayWindow</name>
    <message>
        <source>Parterre — End of Day</source>
        <translation>Parterre — Tagesabschluss</translation>
    </message>
    <message>
        <source>Cash &amp;Drawer</source>
        <translation>Kassen&amp;lade</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Payments to Resolve</source>
        <translation>Zu &amp;klärende Zahlungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
</context>
<context>
    <name>Parterre::ExchangeDialog</name>
    <message>
        <source>Exchange Tickets of Order %1</source>
        <translation>Karten der Bestellung %1 umtauschen</translation>
    </message>
    <message>
        <source>Giving back: %1 (%2)</source>
        <translation>Rückgabe: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Best Available</source>
        <translation>&amp;Beste Plätze</translation>
    </message>
    <message>
        <source>Required for a complimentary difference</source>
        <translation>Erforderlich, wenn die Differenz als Freikarte geht</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Umtauschen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vorstellung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>New &amp;seats:</source>
        <translation>&amp;Neue Plätze:</translation>
    </message>
    <message>
        <source>&amp;Difference paid by:</source>
        <translation>&amp;Differenz bezahlt mit:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Could not read the free seats: %1</source>
        <translation>Die freien Plätze konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · Row %2 · Seat %3</source>
        <translation>%1 · Reihe %2 · Platz %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No seats side by side are free in this category.</source>
        <translation>In dieser Kategorie sind keine nebeneinanderliegenden Plätze frei.</translation>
    </message>
    <message>
        <source>Could not pick seats: %1</source>
        <translation>Es konnten keine Plätze gewählt werden: %1</translation>
    </message>
    <message>
        <source>Reading the free seats…</source>
        <translation>Freie Plätze werden gelesen …</translation>
    </message>
    <message>
        <source>The customer pays %1 more (%2).</source>
        <translation>Der Kunde zahlt %1 mehr (%2).</translation>
    </message>
    <message>
        <source>A complimentary difference needs a reason.</source>
        <translation>Eine Differenz als Freikarte braucht einen Grund.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The customer gets %1 back, to the original payments: %2.</source>
        <translation>Der Kunde erhält %1 zurück, auf die ursprünglichen Zahlungen: %2.</translation>
    </message>
    <message>
        <source>Same price: nothing to pay or refund.</source>
        <translation>Gleicher Preis: nichts zu zahlen oder zu erstatten.</translation>
    </message>
    <message numerus="yes">
        <source> place(s)</source>
        <translation>
            <numerusform> Platz</numerusform>
            <numerusform> Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash handed over; empty: exact</source>
        <translation>Gegebenes Bargeld; leer: passend</translation>
    </message>
    <message>
        <source>Or standin&amp;g:</source>
        <translation>Oder &amp;Stehplätze:</translation>
    </message>
    <message>
        <source>Cash &amp;tendered:</source>
        <translation>Gegebener Be&amp;trag:</translation>
    </message>
    <message>
        <source>None: the seats chosen above</source>
        <translation>Keine: die oben gewählten Plätze</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 each · %n free</source>
        <translation>
            <numerusform>%1 · je %2 · %n frei</numerusform>
            <numerusform>%1 · je %2 · %n frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose %n new seat(s), one for each ticket given back (%1 chosen), or standing places.</source>
        <translation>
            <numerusform>Wählen Sie %n neuen Platz, einen für jede zurückgegebene Karte (%1 gewählt), oder Stehplätze.</numerusform>
            <numerusform>Wählen Sie %n neue Plätze, einen für jede zurückgegebene Karte (%1 gewählt), oder Stehplätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1 tendered is %2 short.</source>
        <translation>Gegeben wurden %1, es fehlen %2.</translation>
    </message>
    <message>
        <source>Tendered %1: give %2 change.</source>
        <translation>Gegeben wurden %1: Geben Sie %2 Rückgeld heraus.</translation>
    </message>
</context>
<context>
    <name>Parterre::HoldCodeDialog</name>
    <message>
        <source>New Hold Code</source>
        <translation>Neues Kontingent</translation>
    </message>
    <message>
        <source>Press tickets</source>
        <translation>Pressekarten</translation>
    </message>
    <message>
        <source>&amp;Clerks</source>
        <translation>&amp;Kassierer</translation>
    </message>
    <message>
        <source>&amp;Supervisors</source>
        <translation>Kassen&amp;leitung</translation>
    </message>
    <message>
        <source>Admins may always sell from every code; organizers do not sell.</source>
        <translation>Administratoren dürfen aus jedem Kontingent verkaufen; Veranstalter verkaufen nicht.</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>May sell from it:</source>
        <translation>Darf daraus verkaufen:</translation>
    </message>
    <message>
        <source>The code is 1 to 40 small letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Der Code besteht aus 1 bis 40 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Give the code a name people read, such as &quot;Press tickets&quot;.</source>
        <translation>Geben Sie dem Kontingent einen lesbaren Namen, etwa „Pressekarten“.</translation>
    </message>
</context>
<context>
    <name>Parterre::HoldCodeSelector</name>
    <message>
        <source>Sell &amp;from:</source>
        <translation>Verkauf &amp;aus:</translation>
    </message>
    <message>
        <source>Sell seats on sale, or seats kept under a hold code your role may sell from</source>
        <translation>Plätze aus dem freien Verkauf verkaufen oder aus einem Kontingent, aus dem Ihre Rolle verkaufen darf</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Freier Verkauf</translation>
    </message>
</context>
<context>
    <name>Parterre::Hosting</name>
    <message>
        <source>This terminal works through another host; only a terminal that keeps the store itself can serve it.</source>
        <translation>Dieses Terminal arbeitet über einen anderen Host; nur ein Terminal mit eigener Datenbank kann sie freigeben.</translation>
    </message>
</context>
<context>
    <name>Parterre::HostingDialog</name>
    <message>
        <source>&amp;Serve this store to other terminals</source>
        <translation>Diese Datenbank für andere Terminals &amp;freigeben</translation>
    </message>
    <message>
        <source>New &amp;Pairing Code</source>
        <translation>Neuer &amp;Kopplungscode</translation>
    </message>
    <message>
        <source>Host This Store</source>
        <translation>Datenbank freigeben</translation>
    </message>
    <message>
        <source>Every network (0.0.0.0)</source>
        <translation>Alle Netzwerke (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Pair a terminal</source>
        <translation>Terminal koppeln</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Start the new terminal with the command above and type this code when it asks. A code works once, for ten minutes.</source>
        <translation>Starten Sie das neue Terminal mit dem Befehl oben und geben Sie diesen Code ein, wenn es danach fragt. Ein Code gilt einmal, zehn Minuten lang.</translation>
    </message>
    <message>
        <source>Could not serve the store: %1</source>
        <translation>Die Datenbank kann nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Could not make a pairing code: %1</source>
        <translation>Es konnte kein Kopplungscode erzeugt werden: %1</translation>
    </message>
    <message>
        <source>This terminal works through another host, so it has no store of its own to serve.</source>
        <translation>Dieses Terminal arbeitet über einen anderen Host und hat daher keine eigene Datenbank zum Freigeben.</translation>
    </message>
    <message>
        <source>Serving %1. Other terminals connect with:</source>
        <translation>%1 wird freigegeben. Andere Terminals verbinden sich mit:</translation>
    </message>
    <message>
        <source>Not serving: only this terminal uses the store.</source>
        <translation>Nicht freigegeben: Nur dieses Terminal nutzt die Datenbank.</translation>
    </message>
</context>
<context>
    <name>Parterre::HouseSeatsWindow</name>
    <message>
        <source>Parterre — House Seats</source>
        <translation>Parterre — Hausplätze</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Keine Vorstellung</translation>
    </message>
    <message>
        <source>Loading the show…</source>
        <translation>Lade die Vorstellung …</translation>
    </message>
    <message>
        <source>Why, for the log (optional): broken seat, sound desk…</source>
        <translation>Grund fürs Protokoll (optional): Sitz defekt, Tonpult …</translation>
    </message>
    <message>
        <source>&amp;Drag selects</source>
        <translation>Ziehen &amp;wählt aus</translation>
    </message>
    <message>
        <source>Dragging on the map selects seats; uncheck to pan by dragging instead</source>
        <translation>Ziehen auf dem Saalplan wählt Plätze aus; abwählen, um stattdessen durch Ziehen zu verschieben</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Kill the selected seats: nobody sells them until they are unblocked</source>
        <translation>Die ausgewählten Plätze sperren: niemand verkauft sie, bis sie entsperrt sind</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Put the selected blocked seats back on sale</source>
        <translation>Die ausgewählten gesperrten Plätze wieder in den Verkauf geben</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Zurückhalten</translation>
    </message>
    <message>
        <source>Keep the selected seats under the hold code: only its roles may sell them</source>
        <translation>Die ausgewählten Plätze im Kontingent zurückhalten: nur dessen Rollen dürfen sie verkaufen</translation>
    </message>
    <message>
        <source>&amp;Release to Sale</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Put the selected seats kept under a hold code back on sale</source>
        <translation>Die ausgewählten Kontingentplätze wieder in den freien Verkauf geben</translation>
    </message>
    <message>
        <source>Keep &amp;under:</source>
        <translation>&amp;Kontingent:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Verkauf durch</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Seats still kept under the code at this show</source>
        <translation>Plätze, die das Kontingent in dieser Vorstellung noch zurückhält</translation>
    </message>
    <message>
        <source>Seats held or sold from the code at this show</source>
        <translation>Plätze, die in dieser Vorstellung aus dem Kontingent reserviert oder verkauft wurden</translation>
    </message>
    <message>
        <source>New Hold &amp;Code…</source>
        <translation>Neues Ko&amp;ntingent …</translation>
    </message>
    <message>
        <source>Hold codes at this show</source>
        <translation>Kontingente in dieser Vorstellung</translation>
    </message>
    <message>
        <source>Double-click a code to select the seats it keeps.</source>
        <translation>Doppelklick auf ein Kontingent wählt seine Plätze aus.</translation>
    </message>
    <message>
        <source>The counter&apos;s store is closed.</source>
        <translation>Die Datenbank der Kasse ist geschlossen.</translation>
    </message>
    <message>
        <source>Could not read the show: %1</source>
        <translation>Die Vorstellung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>%L1 available · %L2 held · %L3 sold · %L4 blocked · %L5 kept under hold codes</source>
        <translation>%L1 frei · %L2 reserviert · %L3 verkauft · %L4 gesperrt · %L5 in Kontingenten</translation>
    </message>
    <message>
        <source>Define a new hold code and who may sell from it</source>
        <translation>Ein neues Kontingent anlegen und festlegen, wer daraus verkaufen darf</translation>
    </message>
    <message>
        <source>Organizers and admins define hold codes</source>
        <translation>Kontingente legen Veranstalter und Administratoren an</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select seats: click, Ctrl+click, or drag a box around them.</source>
        <translation>Plätze auswählen: klicken, Strg+Klick oder einen Rahmen darum ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected</source>
        <translation>
            <numerusform>%n Platz ausgewählt</numerusform>
            <numerusform>%n Plätze ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on sale</source>
        <translation>%1 im Verkauf</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <source>%1 kept for %2</source>
        <translation>%1 im Kontingent %2</translation>
    </message>
    <message>
        <source>%1 held or sold</source>
        <translation>%1 reserviert oder verkauft</translation>
    </message>
    <message>
        <source>Select seats on the map first: click, Ctrl+click, or drag a box around them.</source>
        <translation>Zuerst Plätze auf dem Saalplan auswählen: klicken, Strg+Klick oder einen Rahmen darum ziehen.</translation>
    </message>
    <message>
        <source>There is no hold code to keep seats under yet.</source>
        <translation>Es gibt noch kein Kontingent, in dem Plätze zurückgehalten werden könnten.</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n seat(s).</source>
        <translation>
            <numerusform>%n Platz gesperrt.</numerusform>
            <numerusform>%n Plätze gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n seat(s): they are on sale.</source>
        <translation>
            <numerusform>%n Platz entsperrt: er ist im Verkauf.</numerusform>
            <numerusform>%n Plätze entsperrt: sie sind im Verkauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n seat(s) for %1.</source>
        <translation>
            <numerusform>%n Platz im Kontingent %1 zurückgehalten.</numerusform>
            <numerusform>%n Plätze im Kontingent %1 zurückgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n seat(s) to sale.</source>
        <translation>
            <numerusform>%n Platz freigegeben.</numerusform>
            <numerusform>%n Plätze freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2 seat %3</source>
        <translation>%1 Reihe %2 Platz %3</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Not blocked: held, sold or kept under a hold code: %1.</source>
        <translation>Nicht gesperrt, da reserviert, verkauft oder im Kontingent: %1.</translation>
    </message>
    <message>
        <source>Not unblocked: not blocked, or kept under a hold code (release those to sale): %1.</source>
        <translation>Nicht entsperrt, da nicht gesperrt oder im Kontingent (diese freigeben): %1.</translation>
    </message>
    <message>
        <source>Not kept: held or sold: %1.</source>
        <translation>Nicht zurückgehalten, da reserviert oder verkauft: %1.</translation>
    </message>
    <message>
        <source>Not released: not kept under a hold code, or held or sold from it: %1.</source>
        <translation>Nicht freigegeben, da in keinem Kontingent oder daraus reserviert oder verkauft: %1.</translation>
    </message>
    <message>
        <source>The store failed: %1</source>
        <translation>Fehler der Datenbank: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Hold code %1 (%2) created.</source>
        <translation>Kontingent %1 (%2) angelegt.</translation>
    </message>
</context>
<context>
    <name>Parterre::MainWindow</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <extracomment>When a show starts, in the show list and title (QDateTime format; the zone abbreviation follows)</extracomment>
        <translation>ddd d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>%1 — %2 · %3, %4</source>
        <translation>%1 — %2 · %3, %4</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parterre</source>
        <translation>&amp;Über Parterre</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Event / show</source>
        <translation>Veranstaltung / Vorstellung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>No show selected</source>
        <translation>Keine Vorstellung ausgewählt</translation>
    </message>
    <message>
        <source>Select a show on the left to see its seats.</source>
        <translation>Wählen Sie links eine Vorstellung, um ihre Plätze zu sehen.</translation>
    </message>
    <message>
        <source>About Parterre</source>
        <translation>Über Parterre</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parterre %1&lt;/h3&gt;&lt;p&gt;Box office and seat maps: sell seats at the counter, follow every show live, keep selling at the door.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parterre %1&lt;/h3&gt;&lt;p&gt;Theaterkasse und Saalpläne: Plätze an der Kasse verkaufen, jede Vorstellung live verfolgen, an der Abendkasse weiterverkaufen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading shows…</source>
        <translation>Vorstellungen werden geladen …</translation>
    </message>
    <message>
        <source>Could not open the store</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The store has no events yet.</source>
        <translation>Die Datenbank enthält noch keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>This show could not be loaded.</source>
        <translation>Diese Vorstellung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the show</source>
        <translation>Die Vorstellung konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not follow the store&apos;s changes</source>
        <translation>Die Änderungen in der Datenbank konnten nicht verfolgt werden</translation>
    </message>
    <message>
        <source>%L1 available · %L2 held · %L3 sold · %L4 blocked</source>
        <translation>%L1 frei · %L2 reserviert · %L3 verkauft · %L4 gesperrt</translation>
    </message>
    <message>
        <source>General admission: %L1 of %L2 places available</source>
        <translation>Stehplätze: %L1 von %L2 frei</translation>
    </message>
    <message>
        <source>%1, %2 (%3)
%L4 seats and places available</source>
        <translation>%1, %2 (%3)
%L4 Plätze frei</translation>
    </message>
    <message>
        <source>&amp;Connect to Store…</source>
        <translation>Mit Datenbank &amp;verbinden …</translation>
    </message>
    <message>
        <source>&amp;New Seat Map</source>
        <translation>Neuer &amp;Saalplan</translation>
    </message>
    <message>
        <source>&amp;Edit Seat Map…</source>
        <translation>Saalplan bea&amp;rbeiten …</translation>
    </message>
    <message>
        <source>Edit Seat Map</source>
        <translation>Saalplan bearbeiten</translation>
    </message>
    <message>
        <source>Parterre seat maps (*.json);;All files (*)</source>
        <translation>Parterre-Saalpläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connected to the store again.</source>
        <translation>Wieder mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Store connection lost, retrying: %1</source>
        <translation>Verbindung zur Datenbank verloren, neuer Versuch: %1</translation>
    </message>
</context>
<context>
    <name>Parterre::OrdersWindow</name>
    <message>
        <source>Parterre — Orders</source>
        <translation>Parterre — Bestellungen</translation>
    </message>
    <message>
        <source>Order number, customer name or email, or ticket code</source>
        <translation>Bestellnummer, Name oder E-Mail des Kunden oder Kartencode</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Find an order to see its tickets and payments.</source>
        <translation>Suchen Sie eine Bestellung, um ihre Karten und Zahlungen zu sehen.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Reprint Tickets…</source>
        <translation>Karten &amp;nachdrucken …</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>&amp;Beleg …</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Erstatten …</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Umtauschen …</translation>
    </message>
    <message>
        <source>&amp;Tickets (tick the ones to refund or exchange):</source>
        <translation>&amp;Karten (zum Erstatten oder Umtauschen abhaken):</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>&amp;Zahlungen:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Could not search the orders: %1</source>
        <translation>Die Bestellungen konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Could not read the order: %1</source>
        <translation>Die Bestellung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Vorstellung %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · total %4, paid %5</source>
        <translation>Bestellung %1 · %2 · %3 · Summe %4, bezahlt %5</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Could not read the shows: %1</source>
        <translation>Die Vorstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Refund refused: %1. A supervisor has to log in (Ctrl+L at the counter).</source>
        <translation>Erstattung abgelehnt: %1. Die Kassenleitung muss sich anmelden (Strg+L an der Kasse).</translation>
    </message>
    <message>
        <source>Refund failed: %1. Nothing was changed.</source>
        <translation>Erstattung fehlgeschlagen: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Refunded. Order %1 is now %2; its seats are back on sale.</source>
        <translation>Erstattet. Bestellung %1 hat jetzt den Status „%2“; ihre Plätze sind wieder im Verkauf.</translation>
    </message>
    <message>
        <source>Exchange refused: %1. A supervisor has to log in (Ctrl+L at the counter).</source>
        <translation>Umtausch abgelehnt: %1. Die Kassenleitung muss sich anmelden (Strg+L an der Kasse).</translation>
    </message>
    <message>
        <source>Exchange failed: %1. Nothing was changed.</source>
        <translation>Umtausch fehlgeschlagen: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Exchanged. The old seats are back on sale; print the new tickets (Ctrl+P).</source>
        <translation>Umgetauscht. Die alten Plätze sind wieder im Verkauf; drucken Sie die neuen Karten (Strg+P).</translation>
    </message>
    <message>
        <source>No order is selected.</source>
        <translation>Keine Bestellung ausgewählt.</translation>
    </message>
    <message>
        <source>Could not print the tickets: %1</source>
        <translation>Die Karten konnten nicht gedruckt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent to the printer.</source>
        <translation>
            <numerusform>%n Karte an den Drucker gesendet.</numerusform>
            <numerusform>%n Karten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Tickets</source>
        <translation>Karten speichern</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>Karten-%1.pdf</translation>
    </message>
    <message>
        <source>Could not save the tickets: %1</source>
        <translation>Die Karten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) saved to %1.</source>
        <translation>
            <numerusform>%n Karte in %1 gespeichert.</numerusform>
            <numerusform>%n Karten in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print the receipt: %1</source>
        <translation>Der Beleg konnte nicht gedruckt werden: %1</translation>
    </message>
</context>
<context>
    <name>Parterre::PaymentPanel</name>
    <message>
        <source>Customer (optional, for will-call)</source>
        <translation>Kunde (optional, für Hinterlegung an der Abendkasse)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Bar</translation>
    </message>
    <message>
        <source>Com&amp;plimentary</source>
        <translation>&amp;Freikarte</translation>
    </message>
    <message>
        <source>amount handed over (F2)</source>
        <translation>gegebener Betrag (F2)</translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation>&amp;Gegeben:</translation>
    </message>
    <message>
        <source>E&amp;xact cash (F8)</source>
        <translation>Pa&amp;ssend (F8)</translation>
    </message>
    <message>
        <source>required: why it is free</source>
        <translation>Pflicht: warum gratis</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Confirm &amp;sale (F12)</source>
        <translation>Verkauf abs&amp;chließen (F12)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Rückgeld:</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 tendered is less than the %2 due.</source>
        <translation>Gegeben wurden %1, fällig sind %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>A complimentary sale needs a reason.</source>
        <translation>Eine Freikarte braucht einen Grund.</translation>
    </message>
    <message>
        <source>Card payments need a card terminal, and none is set up.</source>
        <translation>Kartenzahlungen brauchen ein Kartenterminal, und es ist keines eingerichtet.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>passend</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>all due (F6)</source>
        <translation>alles Fällige (F6)</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>Betr&amp;ag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid %1 · still due %2</source>
        <translation>Bezahlt %1 · noch fällig %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount to pay.</source>
        <translation>„%1“ ist kein gültiger Betrag.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still due.</source>
        <translation>%1 ist mehr als die noch fälligen %2.</translation>
    </message>
</context>
<context>
    <name>Parterre::RefundDialog</name>
    <message>
        <source>Refund Order %1</source>
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Whole order (%n ticket(s))</source>
        <translation>
            <numerusform>&amp;Ganze Bestellung (%n Karte)</numerusform>
            <numerusform>&amp;Ganze Bestellung (%n Karten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;hecked tickets only (%n)</source>
        <translation>
            <numerusform>Nur &amp;abgehakte Karten (%n)</numerusform>
            <numerusform>Nur &amp;abgehakte Karten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: why the money goes back</source>
        <translation>Erforderlich: warum das Geld zurückgeht</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 back to the customer:</source>
        <translation>
            <numerusform>%n Karte, %1 zurück an den Kunden:</numerusform>
            <numerusform>%n Karten, %1 zurück an den Kunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Only %1 was paid: the rest is not refunded.</source>
        <translation>Nur %1 wurde bezahlt: Der Rest wird nicht erstattet.</translation>
    </message>
    <message>
        <source>The seats go back on sale at once.</source>
        <translation>Die Plätze gehen sofort wieder in den Verkauf.</translation>
    </message>
</context>
<context>
    <name>Parterre::ReportsPanel</name>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>&amp;Run Report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a To date on or after the From date.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein Bis-Datum am oder nach dem Von-Datum.</translation>
    </message>
    <message>
        <source>Nothing was sold in this period.</source>
        <translation>In diesem Zeitraum wurde nichts verkauft.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Run a report first.</source>
        <translation>Erstellen Sie zuerst einen Bericht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Parterre::ResolvePanel</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>%1 refund</source>
        <translation>Erstattung %1</translation>
    </message>
    <message>
        <source>Card payments the terminal never answered for. Their seats stay held until reconciliation asks the terminal what happened.</source>
        <translation>Kartenzahlungen, auf die das Terminal nie geantwortet hat. Ihre Plätze bleiben reserviert, bis der Abgleich beim Terminal nachfragt, was geschehen ist.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No card payment waits to be resolved.</source>
        <translation>Keine Kartenzahlung wartet auf Klärung.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>What the last reconciliation did:</source>
        <translation>Ergebnis des letzten Abgleichs:</translation>
    </message>
    <message>
        <source>Paid: order confirmed</source>
        <translation>Bezahlt: Bestellung bestätigt</translation>
    </message>
    <message>
        <source>Paid: order waits for its other payments</source>
        <translation>Bezahlt: Bestellung wartet auf ihre weiteren Zahlungen</translation>
    </message>
    <message>
        <source>Never charged: order cancelled, seats free</source>
        <translation>Nie belastet: Bestellung storniert, Plätze frei</translation>
    </message>
    <message>
        <source>Never charged: order waits for another payment</source>
        <translation>Nie belastet: Bestellung wartet auf eine andere Zahlung</translation>
    </message>
    <message>
        <source>Charged after its seats were lost: refunded</source>
        <translation>Belastet, nachdem die Plätze verloren waren: erstattet</translation>
    </message>
    <message>
        <source>Refund went through</source>
        <translation>Erstattung durchgeführt</translation>
    </message>
    <message>
        <source>Still unknown: asked again next time</source>
        <translation>Noch unbekannt: wird beim nächsten Mal erneut abgefragt</translation>
    </message>
    <message>
        <source>Nothing old enough to ask about: payments younger than %1 may still be in a terminal&apos;s hands.</source>
        <translation>Nichts alt genug für eine Nachfrage: Zahlungen, die jünger als %1 sind, können noch beim Terminal in Bearbeitung sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n payment(s) settled.</source>
        <translation>
            <numerusform>%1 von %n Zahlung geklärt.</numerusform>
            <numerusform>%1 von %n Zahlungen geklärt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parterre::RoleText</name>
    <message>
        <source>Clerk</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kassenleitung</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Parterre::SaleCompletePanel</name>
    <message>
        <source>Ticket</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Print tickets (Ctrl+P)</source>
        <translation>Karten &amp;drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Tickets P&amp;DF (Ctrl+S)</source>
        <translation>Karten als &amp;PDF (Strg+S)</translation>
    </message>
    <message>
        <source>Print &amp;receipt</source>
        <translation>&amp;Beleg drucken</translation>
    </message>
    <message>
        <source>Rec&amp;eipt PDF</source>
        <translation>B&amp;eleg als PDF</translation>
    </message>
    <message>
        <source>&amp;New sale (Ctrl+N)</source>
        <translation>&amp;Neuer Verkauf (Strg+N)</translation>
    </message>
    <message numerus="yes">
        <source>Sale complete — order %1 · %n ticket(s) · %2</source>
        <extracomment>After a confirmed sale: the order number(s) and the amount</extracomment>
        <translation>
            <numerusform>Verkauf abgeschlossen — Bestellung %1 · %n Karte · %2</numerusform>
            <numerusform>Verkauf abgeschlossen — Bestellung %1 · %n Karten · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Rückgeld: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One payment of a finished sale: method, then amount</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Bezahlt mit:</translation>
    </message>
</context>
<context>
    <name>Parterre::SaleShows</name>
    <message>
        <source>%1 · Row %2 · %3</source>
        <translation>%1 · Reihe %2 · %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehplätze</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
</context>
<context>
    <name>Parterre::SeatMapView</name>
    <message>
        <source>Seat map</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>No show selected.</source>
        <translation>Keine Vorstellung ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seats. Tab or arrow keys move from seat to seat, Space selects.</source>
        <translation>
            <numerusform>%Ln Platz. Tab oder Pfeiltasten wechseln von Platz zu Platz, Leertaste wählt aus.</numerusform>
            <numerusform>%Ln Plätze. Tab oder Pfeiltasten wechseln von Platz zu Platz, Leertaste wählt aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept for %1</source>
        <translation>im Kontingent %1</translation>
    </message>
    <message>
        <source>Kept for: %1 (hold code %2)</source>
        <translation>Kontingent: %1 (Code %2)</translation>
    </message>
</context>
<context>
    <name>Parterre::ShowPanel</name>
    <message>
        <source>%1 — %2 · %3, %4</source>
        <translation>%1 — %2 · %3, %4</translation>
    </message>
    <message>
        <source>No show selected</source>
        <translation>Keine Vorstellung ausgewählt</translation>
    </message>
    <message>
        <source>Pick a show on the left.</source>
        <translation>Wählen Sie links eine Vorstellung.</translation>
    </message>
    <message>
        <source>&amp;Best available (B)</source>
        <translation>Beste &amp;Plätze (B)</translation>
    </message>
    <message>
        <source>&amp;Wheelchair (W)</source>
        <translation>&amp;Rollstuhl (W)</translation>
    </message>
    <message>
        <source>A wheelchair space with its companion seat</source>
        <translation>Ein Rollstuhlplatz mit seinem Begleitplatz</translation>
    </message>
    <message>
        <source>&amp;Add selected (A)</source>
        <translation>&amp;Hinzufügen (A)</translation>
    </message>
    <message>
        <source>Hold the seats selected on the map (click, Ctrl+click, Shift+drag)</source>
        <translation>Die im Saalplan ausgewählten Plätze reservieren (Klick, Strg+Klick, Umschalt+Ziehen)</translation>
    </message>
    <message>
        <source>Qty (1–9):</source>
        <translation>Anzahl (1–9):</translation>
    </message>
    <message>
        <source>Category (C):</source>
        <translation>Kategorie (C):</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (standing) · %2</source>
        <translation>%1 (Stehplätze) · %2</translation>
    </message>
    <message>
        <source>%L1 available · %L2 held · %L3 sold</source>
        <translation>%L1 frei · %L2 reserviert · %L3 verkauft</translation>
    </message>
    <message>
        <source>standing: %L1 of %L2 free</source>
        <translation>Stehplätze: %L1 von %L2 frei</translation>
    </message>
</context>
<context>
    <name>Parterre::ShowPicker</name>
    <message>
        <source>Search event, performer, venue, city, date (Ctrl+F)</source>
        <translation>Veranstaltung, Künstler, Spielstätte, Ort, Datum suchen (Strg+F)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <extracomment>A show&apos;s start in the counter&apos;s show list (QDateTime format)</extracomment>
        <translation>ddd dd.MM., HH:mm</translation>
    </message>
    <message>
        <source>%1
%2
%3, %4</source>
        <translation>%1
%2
%3, %4</translation>
    </message>
</context>
<context>
    <name>Parterre::ZReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Z-report, drawer session %1</source>
        <translation>Z-Bericht, Kassenschicht %1</translation>
    </message>
    <message>
        <source>The PDF writer refused a page of this size.</source>
        <translation>Der PDF-Export lehnt eine Seite dieser Größe ab.</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Das PDF %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Z-report %1</source>
        <translation>Z-Bericht %1</translation>
    </message>
    <message>
        <source>Print Z-Report</source>
        <translation>Z-Bericht drucken</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <extracomment>The show&apos;s start on a receipt (QDateTime format)</extracomment>
        <translation>ddd d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Sold %1</source>
        <translation>Verkauft %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>Refund, %1</source>
        <translation>Erstattung, %1</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>%1 ticket</source>
        <translation>%1 Karte</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 Karten</translation>
    </message>
    <message>
        <source>Thank you. Enjoy the show!</source>
        <translation>Vielen Dank und viel Vergnügen!</translation>
    </message>
</context>
<context>
    <name>SaleDocuments</name>
    <message>
        <source>No sale is complete yet.</source>
        <translation>Noch ist kein Verkauf abgeschlossen.</translation>
    </message>
    <message>
        <source>Tickets %1</source>
        <translation>Karten %1</translation>
    </message>
    <message>
        <source>Print Tickets</source>
        <translation>Karten drucken</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Print Receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Ticket Stock</source>
        <translation>Kartenformat</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The size of the ticket cards in the printer (the usual concert stock is 203 × 76 mm).</source>
        <translation>Die Größe der Kartenrohlinge im Drucker (üblich für Konzertkarten sind 203 × 76 mm).</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
</context>
<context>
    <name>SaleOperations</name>
    <message>
        <source>The card terminal has not answered. The payment waits under payments to resolve and the seats stay with the order.</source>
        <translation>Das Kartenterminal hat nicht geantwortet. Die Zahlung wartet unter „Zu klärende Zahlungen“, und die Plätze bleiben bei der Bestellung.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still due.</source>
        <translation>%1 ist mehr als die noch fälligen %2.</translation>
    </message>
    <message>
        <source>The card was declined. The seats stay held and the parts already paid stay paid: take another card, or cash.</source>
        <translation>Die Karte wurde abgelehnt. Die Plätze bleiben reserviert, und bereits geleistete Teilzahlungen bleiben bezahlt: Nehmen Sie eine andere Karte oder Bargeld.</translation>
    </message>
</context>
<context>
    <name>SalesReport</name>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Sales by %1
</source>
        <translation>Umsatz nach %1
</translation>
    </message>
    <message>
        <source>%1  %2 %3  gross %4  refunds %5  net %6
</source>
        <translation>%1  %2 %3  brutto %4  Erstattungen %5  netto %6
</translation>
    </message>
    <message>
        <source>No sales in this period.
</source>
        <translation>Keine Verkäufe in diesem Zeitraum.
</translation>
    </message>
</context>
<context>
    <name>SeatMapClipboard</name>
    <message>
        <source>Select seats or GA areas to copy.</source>
        <translation>Wählen Sie Plätze oder Stehplatzbereiche zum Kopieren aus.</translation>
    </message>
    <message>
        <source>The clipboard holds no seats or areas to paste.</source>
        <translation>Die Zwischenablage enthält keine Plätze oder Bereiche zum Einfügen.</translation>
    </message>
</context>
<context>
    <name>SeatMapDocument</name>
    <message>
        <source>New seat map</source>
        <translation>Neuer Saalplan</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The map cannot be saved yet: %1</source>
        <translation>Der Plan kann noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>That would make the map invalid: %1</source>
        <translation>Damit würde der Plan ungültig: %1</translation>
    </message>
</context>
<context>
    <name>SeatMapLegend</name>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>General admission (available/capacity)</source>
        <translation>Stehplätze (frei/Kapazität)</translation>
    </message>
    <message>
        <source>General admission (capacity)</source>
        <translation>Stehplätze (Kapazität)</translation>
    </message>
    <message>
        <source>Kept under a hold code</source>
        <translation>Im Kontingent</translation>
    </message>
</context>
<context>
    <name>SeatMapPalette</name>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Rollstuhlplatz</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Begleitplatz</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Sichtbehinderung</translation>
    </message>
</context>
<context>
    <name>SeatMapText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Aisle seat</source>
        <translation>Gangplatz</translation>
    </message>
    <message>
        <source>%1 · Row %2 · Seat %3</source>
        <translation>%1 · Reihe %2 · Platz %3</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1, Reihe %2, Platz %3</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>%1 of %2 places available</source>
        <translation>%1 von %2 Plätzen frei</translation>
    </message>
    <message>
        <source>%1 held · %2 sold · %3 blocked</source>
        <translation>%1 reserviert · %2 verkauft · %3 gesperrt</translation>
    </message>
    <message>
        <source>%1 of %2 seats available</source>
        <translation>%1 von %2 Plätzen frei</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>TenderSummary</name>
    <message>
        <source>%1 (tendered %2, change %3)</source>
        <translation>%1 (gegeben %2, Rückgeld %3)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for the terminal</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Hand back %1 in cash.</source>
        <translation>Geben Sie %1 bar zurück.</translation>
    </message>
    <message>
        <source>%1 went back to the card.</source>
        <translation>%1 wurden auf die Karte zurückgebucht.</translation>
    </message>
    <message>
        <source>A card refund of %1 waits for the terminal (Payments to Resolve).</source>
        <translation>Eine Kartenerstattung über %1 wartet auf das Terminal (Zu klärende Zahlungen).</translation>
    </message>
    <message>
        <source>%1 complimentary was withdrawn.</source>
        <translation>Die Freikarte über %1 wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>A card payment the terminal never answered is settled under Payments to Resolve: if it went through, it is refunded.</source>
        <translation>Eine Kartenzahlung, auf die das Terminal nie geantwortet hat, wird unter „Zu klärende Zahlungen“ geklärt: Ist sie durchgegangen, wird sie erstattet.</translation>
    </message>
    <message>
        <source>%1 (change %2)</source>
        <translation>%1 (Rückgeld %2)</translation>
    </message>
</context>
<context>
    <name>TicketPdf</name>
    <message>
        <source>%1 – order %2</source>
        <translation>%1 – Bestellung %2</translation>
    </message>
    <message>
        <source>Receipt – order %1</source>
        <translation>Beleg – Bestellung %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinting</name>
    <message>
        <source>Custom ticket stock</source>
        <translation>Eigenes Kartenformat</translation>
    </message>
    <message>
        <source>The printer does not take ticket stock of this size.</source>
        <translation>Der Drucker nimmt keine Karten dieser Größe an.</translation>
    </message>
    <message>
        <source>The printer could not start a page.</source>
        <translation>Der Drucker konnte keine Seite beginnen.</translation>
    </message>
    <message>
        <source>There are no tickets to print.</source>
        <translation>Es gibt keine Karten zu drucken.</translation>
    </message>
    <message>
        <source>The printer does not take an 80 mm roll.</source>
        <translation>Der Drucker nimmt keine 80-mm-Rolle an.</translation>
    </message>
    <message>
        <source>There is no receipt to print.</source>
        <translation>Es gibt keinen Beleg zu drucken.</translation>
    </message>
</context>
<context>
    <name>TicketRenderer</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>The show&apos;s date on a ticket (QDateTime format)</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ADMIT ONE</source>
        <translation>EINTRITTSKARTE</translation>
    </message>
    <message>
        <source>Standing area</source>
        <translation>Stehplatz</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>One admission. The QR code is checked at the door; keep it clean and uncopied.</source>
        <translation>Gilt für einen Einlass. Der QR-Code wird am Eingang geprüft; bitte sauber halten und nicht kopieren.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The show&apos;s date on a ticket&apos;s stub (QDateTime format)</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Set Category</source>
        <translation>Kategorie festlegen</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Set GA Capacity</source>
        <translation>Stehplatzkapazität festlegen</translation>
    </message>
    <message>
        <source>Set Seat Flags</source>
        <translation>Platzmerkmale festlegen</translation>
    </message>
    <message>
        <source>Link Companion Seats</source>
        <translation>Begleitplätze verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Companion Seats</source>
        <translation>Verknüpfung der Begleitplätze aufheben</translation>
    </message>
    <message>
        <source>Renumber Seats</source>
        <translation>Plätze neu nummerieren</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Reihe umbenennen</translation>
    </message>
    <message>
        <source>Change Section Outline</source>
        <translation>Blockumriss ändern</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Reihe hinzufügen</translation>
    </message>
    <message>
        <source>Add Block of Rows</source>
        <translation>Reihenblock hinzufügen</translation>
    </message>
    <message>
        <source>Add GA Area</source>
        <translation>Stehplatzbereich hinzufügen</translation>
    </message>
    <message>
        <source>Add Decoration</source>
        <translation>Dekoration hinzufügen</translation>
    </message>
    <message>
        <source>Align Seats</source>
        <translation>Plätze ausrichten</translation>
    </message>
    <message>
        <source>Distribute Seats</source>
        <translation>Plätze verteilen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Restore Autosaved Changes</source>
        <translation>Automatisch gesicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Import pretix Plan</source>
        <translation>pretix-Plan importieren</translation>
    </message>
    <message>
        <source>Generate Stadium</source>
        <translation>Stadion erzeugen</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>Z-REPORT  drawer session %1
</source>
        <translation>Z-BERICHT  Kassenschicht %1
</translation>
    </message>
    <message>
        <source>Terminal: %1   Clerk: %2
</source>
        <translation>Terminal: %1   Kassierer: %2
</translation>
    </message>
    <message>
        <source>Opened:   %1 by %2
</source>
        <translation>Geöffnet:    %1 von %2
</translation>
    </message>
    <message>
        <source>Closed:   %1 by %2
</source>
        <translation>Geschlossen: %1 von %2
</translation>
    </message>
    <message>
        <source>Still open
</source>
        <translation>Noch offen
</translation>
    </message>
    <message>
        <source>Float                 %1
</source>
        <translation>Wechselgeld           %1
</translation>
    </message>
    <message>
        <source>+ Cash sales          %1
</source>
        <translation>+ Barverkäufe         %1
</translation>
    </message>
    <message>
        <source>- Cash refunds        %1
</source>
        <translation>- Barerstattungen     %1
</translation>
    </message>
    <message>
        <source>= Expected            %1
</source>
        <translation>= Soll                %1
</translation>
    </message>
    <message>
        <source>Counted               %1
</source>
        <translation>Gezählt               %1
</translation>
    </message>
    <message>
        <source>Variance              %1  %2
</source>
        <translation>Differenz             %1  %2
</translation>
    </message>
    <message>
        <source>(balanced)</source>
        <translation>(ausgeglichen)</translation>
    </message>
    <message>
        <source>(short)</source>
        <translation>(Fehlbetrag)</translation>
    </message>
    <message>
        <source>(over)</source>
        <translation>(Überschuss)</translation>
    </message>
    <message>
        <source>By payment method (net of refunds)
</source>
        <translation>Nach Zahlungsart (abzüglich Erstattungen)
</translation>
    </message>
    <message>
        <source>By show (tickets, money taken)
</source>
        <translation>Nach Vorstellung (Karten, Einnahmen)
</translation>
    </message>
    <message>
        <source>Tickets: %1   Refunds: %2 (%3)   Comps: %4 (%5)
</source>
        <translation>Karten: %1   Erstattungen: %2 (%3)   Freikarten: %4 (%5)
</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Barverkäufe</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Barerstattungen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Comps</source>
        <translation>Freikarten</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>comp</source>
        <translation>Freikarte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parterre box office and seat maps.</source>
        <translation>Parterre – Theaterkasse und Saalpläne.</translation>
    </message>
    <message>
        <source>Use the SQLite store in &lt;file&gt; (default: %1).</source>
        <translation>Die SQLite-Datenbank in &lt;Datei&gt; verwenden (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Could not add the demo shows</source>
        <translation>Die Demo-Vorstellungen konnten nicht angelegt werden</translation>
    </message>
    <message>
        <source>Use the shared PostgreSQL store at &lt;url&gt;, e.g. postgresql://clerk@boxoffice-server/parterre.</source>
        <translation>Die gemeinsame PostgreSQL-Datenbank unter &lt;url&gt; verwenden, z. B. postgresql://clerk@boxoffice-server/parterre.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Work through the host terminal at &lt;url&gt; (one running parterre --serve), pairing with it on first use.</source>
        <translation>Über das Host-Terminal unter &lt;url&gt; arbeiten (eines, auf dem parterre --serve läuft) und sich beim ersten Mal damit koppeln.</translation>
    </message>
    <message>
        <source>With --connect: the one-time code the host gave (asked for when needed).</source>
        <translation>Mit --connect: der Einmalcode, den der Host ausgegeben hat (wird bei Bedarf abgefragt).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Run headless as the host that serves the store to other terminals over HTTP (with --db or --postgres).</source>
        <translation>Ohne Oberfläche als Host laufen, der die Datenbank über HTTP für andere Terminals bereitstellt (mit --db oder --postgres).</translation>
    </message>
    <message>
        <source>With --serve: address and port to listen on (default 127.0.0.1:8780).</source>
        <translation>Mit --serve: Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:8780).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>Adresse:Port</translation>
    </message>
    <message>
        <source>With --serve: serve HTTPS with a self-signed certificate kept in the data folder.</source>
        <translation>Mit --serve: HTTPS mit einem selbstsignierten Zertifikat aus dem Datenordner anbieten.</translation>
    </message>
    <message>
        <source>With --serve: serve HTTPS with the PEM certificate in &lt;file&gt; (and --tls-key).</source>
        <translation>Mit --serve: HTTPS mit dem PEM-Zertifikat in &lt;Datei&gt; anbieten (und --tls-key).</translation>
    </message>
    <message>
        <source>With --serve: the PEM private key of --tls-cert.</source>
        <translation>Mit --serve: der private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>With --serve: waiting-room sessions admitted per second (default 10).</source>
        <translation>Mit --serve: pro Sekunde eingelassene Warteraum-Sitzungen (Standard 10).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --serve: admitted waiting-room sessions at once (default 500).</source>
        <translation>Mit --serve: gleichzeitig eingelassene Warteraum-Sitzungen (Standard 500).</translation>
    </message>
    <message>
        <source>Open the seat-map editor instead of the box office: on [file] (a Parterre seat-map JSON file), or on a new map without one.</source>
        <translation>Den Saalplaneditor statt der Kasse öffnen: mit [file] (einer Parterre-Saalplan-JSON-Datei) oder ohne Datei mit einem neuen Plan.</translation>
    </message>
    <message>
        <source>With --edit-seatmap: the seat map to edit.</source>
        <translation>Mit --edit-seatmap: der zu bearbeitende Saalplan.</translation>
    </message>
    <message>
        <source>Give one of --db, --postgres and --connect.
</source>
        <translation>Geben Sie nur eine der Optionen --db, --postgres und --connect an.
</translation>
    </message>
    <message>
        <source>Give --edit-seatmap one file at most.
</source>
        <translation>Geben Sie --edit-seatmap höchstens eine Datei.
</translation>
    </message>
    <message>
        <source>A file is only taken with --edit-seatmap.
</source>
        <translation>Eine Datei wird nur mit --edit-seatmap angenommen.
</translation>
    </message>
    <message>
        <source>Pair with the host</source>
        <translation>Mit dem Host koppeln</translation>
    </message>
    <message>
        <source>The host %1 has not met this terminal yet.
Enter the pairing code it shows (parterre-cli token pairing-code):</source>
        <translation>Der Host %1 kennt dieses Terminal noch nicht.
Geben Sie den Kopplungscode ein, den er anzeigt (parterre-cli token pairing-code):</translation>
    </message>
    <message>
        <source>Pairing failed</source>
        <translation>Kopplung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang: give a code such as de or en, or system.
</source>
        <translation>Unbekannte Sprache „%1“ für --lang: Geben Sie einen Code wie de oder en an, oder system.
</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. de, en) and keep it for the next start; &quot;system&quot; goes back to the system&apos;s language.</source>
        <translation>Die Sprache &lt;Code&gt; verwenden (z. B. de, en) und für den nächsten Start merken; „system“ kehrt zur Sprache des Systems zurück.</translation>
    </message>
</context>
</TS>
