-- A class group's director (director de grupo): a teacher of the school, as identity-service last announced it.
ALTER TABLE class_groups ADD COLUMN director_id uuid;
