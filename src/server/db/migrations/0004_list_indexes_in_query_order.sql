-- The list indexes in the order the list queries read: plain DESC (NULLS FIRST), as `ORDER BY …
-- DESC` sorts. 0000, 0002 and 0003 made them DESC NULLS LAST, which no query's order matches, so
-- every page read and sorted all of the person's rows. The pegs index also gains created_at, the
-- list's second sort key. Cursor pages compare (time, id) as a row, so each starts in the index.
DROP INDEX "assessments_user_created_idx";--> statement-breakpoint
DROP INDEX "assessments_user_completed_idx";--> statement-breakpoint
DROP INDEX "episodes_user_started_idx";--> statement-breakpoint
DROP INDEX "pegs_user_date_idx";--> statement-breakpoint
CREATE INDEX "assessments_user_created_idx" ON "assessments" USING btree ("user_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "assessments_user_completed_idx" ON "assessments" USING btree ("user_id","completed_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "episodes_user_started_idx" ON "episodes" USING btree ("user_id","started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "pegs_user_date_idx" ON "pegs" USING btree ("user_id","date" DESC NULLS FIRST,"created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);