-- The references of "Observation" and "ObservationHistory" are checked once per statement, by
-- one join per reference, instead of once per row (issue 15). A foreign key runs one lookup per
-- written row and reference: eight for a value and its history row, 800,000 for a 100,000-row
-- import, which was most of its commit. What the keys guaranteed stays:
--   - every reference written exists, and stays until the writer commits (the rows referred to
--     are locked FOR KEY SHARE as a key locks them);
--   - except the value a history row names (observationId): only writeObservations and
--     removeObservations write history, with the id the same statement has just inserted or
--     updated (or none); checking 100,000 of them again cost a third of the checks' time;
--   - a unit, indicator or ethnic group with values cannot be deleted (RESTRICT);
--   - deleting a user, an import or a value empties the references to it (SET NULL).
-- Ids are never changed (cuid), so no update of an id is cascaded. An error is SQLSTATE 23503
-- (foreign_key_violation), as a key's would be.

ALTER TABLE "Observation" DROP CONSTRAINT "Observation_indicatorId_fkey";
ALTER TABLE "Observation" DROP CONSTRAINT "Observation_unitId_fkey";
ALTER TABLE "Observation" DROP CONSTRAINT "Observation_communeId_fkey";
ALTER TABLE "Observation" DROP CONSTRAINT "Observation_groupId_fkey";
ALTER TABLE "Observation" DROP CONSTRAINT "Observation_updatedById_fkey";
ALTER TABLE "ObservationHistory" DROP CONSTRAINT "ObservationHistory_observationId_fkey";
ALTER TABLE "ObservationHistory" DROP CONSTRAINT "ObservationHistory_changedById_fkey";
ALTER TABLE "ObservationHistory" DROP CONSTRAINT "ObservationHistory_importId_fkey";

-- After a statement wrote rows (new_rows): each argument is "columns:table", e.g.
-- 'unitId,communeId:AdminUnit'. The distinct non-null ids of those columns must all be ids of
-- the table; they are locked FOR KEY SHARE.
CREATE FUNCTION "dataset_check_references"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reference text;
  parts text[];
  ids text;
  missing bigint;
BEGIN
  FOREACH reference IN ARRAY TG_ARGV LOOP
    parts := string_to_array(reference, ':');
    SELECT string_agg(format('(n.%I)', c), ', ') INTO ids FROM unnest(string_to_array(parts[1], ',')) AS c;
    EXECUTE format(
      'WITH r AS MATERIALIZED (SELECT DISTINCT v.id FROM new_rows n CROSS JOIN LATERAL (VALUES %s) AS v(id) WHERE v.id IS NOT NULL)
       SELECT (SELECT count(*) FROM r) - (SELECT count(*) FROM (SELECT 1 FROM r JOIN %I p ON p."id" = r.id FOR KEY SHARE OF p) f)',
      ids, parts[2])
      INTO missing;
    IF missing > 0 THEN
      RAISE EXCEPTION '%.% refers to % row(s) of % that do not exist', TG_TABLE_NAME, parts[1], missing, parts[2]
        USING ERRCODE = 'foreign_key_violation';
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "Observation_references_inserted" AFTER INSERT ON "Observation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_check_references"('indicatorId:Indicator', 'unitId,communeId:AdminUnit', 'groupId:EthnicGroup', 'updatedById:User');
CREATE TRIGGER "Observation_references_updated" AFTER UPDATE ON "Observation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_check_references"('indicatorId:Indicator', 'unitId,communeId:AdminUnit', 'groupId:EthnicGroup', 'updatedById:User');
CREATE TRIGGER "ObservationHistory_references_inserted" AFTER INSERT ON "ObservationHistory"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_check_references"('changedById:User', 'importId:DataImport');
CREATE TRIGGER "ObservationHistory_references_updated" AFTER UPDATE ON "ObservationHistory"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_check_references"('changedById:User', 'importId:DataImport');

-- After rows were deleted (old_rows) from a table values refer to. Each argument is
-- "table:columns:restrict" (refuse if a row of the table still refers to a deleted row) or
-- "table:columns:set null" (empty those references).
CREATE FUNCTION "dataset_on_referenced_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reference text;
  parts text[];
  col text;
  found boolean;
BEGIN
  FOREACH reference IN ARRAY TG_ARGV LOOP
    parts := string_to_array(reference, ':');
    FOREACH col IN ARRAY string_to_array(parts[2], ',') LOOP
      IF parts[3] = 'restrict' THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I c WHERE c.%I IN (SELECT "id" FROM old_rows))', parts[1], col) INTO found;
        IF found THEN
          RAISE EXCEPTION 'a deleted row of % is still referred to by %.%', TG_TABLE_NAME, parts[1], col
            USING ERRCODE = 'foreign_key_violation';
        END IF;
      ELSE
        EXECUTE format('UPDATE %I SET %I = NULL WHERE %I IN (SELECT "id" FROM old_rows)', parts[1], col, col);
      END IF;
    END LOOP;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "AdminUnit_observation_references" AFTER DELETE ON "AdminUnit"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_on_referenced_delete"('Observation:unitId,communeId:restrict');
CREATE TRIGGER "Indicator_observation_references" AFTER DELETE ON "Indicator"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_on_referenced_delete"('Observation:indicatorId:restrict');
CREATE TRIGGER "EthnicGroup_observation_references" AFTER DELETE ON "EthnicGroup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_on_referenced_delete"('Observation:groupId:restrict');
CREATE TRIGGER "User_observation_references" AFTER DELETE ON "User"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_on_referenced_delete"('Observation:updatedById:set null', 'ObservationHistory:changedById:set null');
CREATE TRIGGER "DataImport_history_references" AFTER DELETE ON "DataImport"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_on_referenced_delete"('ObservationHistory:importId:set null');
CREATE TRIGGER "Observation_history_references" AFTER DELETE ON "Observation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "dataset_on_referenced_delete"('ObservationHistory:observationId:set null');
