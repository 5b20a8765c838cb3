<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Die Änderungen in der Datenbank konnten nicht abgerufen werden</translation>
    </message>
    <message>
        <source>%L1 available · %L2 held · %L3 sold · %L4 blocked</source>
        <translation>%L1 frei · %L2 reserviert · %L3 verkauft · %L4 gesperrt</translation>
    </message>
    <message>
        <source>General admission: %L1 of %L2 places available</source>
        <translation>Freie Platzwahl: %L1 von %L2 Plätzen frei</translation>
    </message>
    <message>
        <source>%1, %2 (%3)
%L4 seats and places available</source>
        <translation>%1, %2 (%3)
%L4 Plätze frei</translation>
    </message>
</context>
<context>
    <name>Parterre::SimpleSeatView</name>
    <message>
        <source>No show selected.</source>
        <translation>Keine Vorstellung ausgewählt.</translation>
    </message>
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
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <source>General admission (available/capacity)</source>
        <translation>Freie Platzwahl (frei/Kapazität)</translation>
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
</context>
</TS>
