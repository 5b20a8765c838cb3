-- Standing places are claimed from the free ones first: an index over the available units keeps a claim
-- from scanning every held place of a busy area.

CREATE INDEX ga_units_free ON ga_units (show_id, area_id, unit_no) WHERE status = 'available';
