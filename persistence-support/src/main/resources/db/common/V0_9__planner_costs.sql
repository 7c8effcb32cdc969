-- The planner's cost of a random page read, for the service's role: the services' data is read from memory or
-- SSD, where a random read costs about what a sequential one does (1.1 is the usual figure). At PostgreSQL's
-- default of 4, meant for spinning disks, a school's list page walked the primary key in id order and filtered
-- out every other school's rows on the way (1,717 rows read for 51 in a 5-school database) rather than walking
-- the school's own (school_id, id) index; its cost grew with the whole platform, not with the school.
-- A role's settings apply from its next connection on; bench/run's SQL twins log in as this role too.
ALTER ROLE ${app_role} SET random_page_cost = 1.1;
