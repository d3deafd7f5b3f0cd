-- Creates are idempotent: a POST /api/episodes or /api/peg that carries an Idempotency-Key stores
-- it, and a retry with the same key from the same person is answered with that row (NULL keys, as
-- for rows made before this or without a key, never conflict).
ALTER TABLE "episodes" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "pegs" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_user_idempotency_idx" ON "episodes" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "pegs_user_idempotency_idx" ON "pegs" USING btree ("user_id","idempotency_key");