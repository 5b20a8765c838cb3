-- A hold's contents live in its own row: the seats as a JSON array of seat ids, the standing places as a
-- JSON array of [area, place] pairs, both sorted. A hold never changes what it holds after it is made, so
-- one row per hold says it all; the hold_items table (a row per seat, with two foreign keys and an index)
-- cost every hold a sixth of its writes.
ALTER TABLE holds ADD COLUMN seat_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE holds ADD COLUMN ga_units TEXT NOT NULL DEFAULT '[]';
UPDATE holds SET seat_ids = COALESCE((SELECT json_group_array(seat_id) FROM (SELECT i.seat_id FROM hold_items i
    WHERE i.hold_id = holds.id AND i.seat_id IS NOT NULL ORDER BY i.seat_id)), '[]'),
    ga_units = COALESCE((SELECT json_group_array(json_array(ga_area_id, ga_unit_no)) FROM (SELECT i.ga_area_id,
    i.ga_unit_no FROM hold_items i WHERE i.hold_id = holds.id AND i.ga_area_id IS NOT NULL
    ORDER BY i.ga_area_id, i.ga_unit_no)), '[]');
DROP TABLE hold_items;
