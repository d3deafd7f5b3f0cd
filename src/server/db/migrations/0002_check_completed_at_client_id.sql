-- Saved checks keep the time they were completed (a check saved later from the offline queue no
-- longer takes the upload time) and the client's id for them (a retried save is the same check).
-- Existing checks were completed when they were stored.
ALTER TABLE "assessments" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
UPDATE "assessments" SET "completed_at" = "created_at";--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "completed_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "client_id" uuid;--> statement-breakpoint
CREATE INDEX "assessments_user_completed_idx" ON "assessments" USING btree ("user_id","completed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_user_client_idx" ON "assessments" USING btree ("user_id","client_id");
