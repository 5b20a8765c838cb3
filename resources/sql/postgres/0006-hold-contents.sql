-- A hold's contents live in its own row: the seats as a JSON array of seat ids, the standing places as a
-- JSON array of [area, place] pairs, both sorted. A hold never changes what it holds after it is made, so
-- one row per hold says it all; the hold_items table (a row per seat, with two foreign keys and an index)
-- cost every hold a sixth of its writes.
ALTER TABLE holds ADD COLUMN seat_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE holds ADD COLUMN ga_units TEXT NOT NULL DEFAULT '[]';
UPDATE holds h SET seat_ids = COALESCE((SELECT json_agg(i.seat_id ORDER BY i.seat_id)::text FROM hold_items i
    WHERE i.hold_id = h.id AND i.seat_id IS NOT NULL), '[]'),
    ga_units = COALESCE((SELECT json_agg(json_build_array(i.ga_area_id, i.ga_unit_no)
    ORDER BY i.ga_area_id, i.ga_unit_no)::text FROM hold_items i WHERE i.hold_id = h.id AND i.ga_area_id IS NOT NULL),
    '[]');
DROP TABLE hold_items;
