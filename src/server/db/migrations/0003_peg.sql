-- Weekly PEG answers (pain, enjoyment of life, general activity; each 0–10), one row per answer,
-- owned by a user like every diary table.
CREATE TABLE "pegs" (
	"user_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"time_zone" text NOT NULL,
	"pain" smallint NOT NULL,
	"enjoyment" smallint NOT NULL,
	"activity" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pegs_pkey" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
ALTER TABLE "pegs" ADD CONSTRAINT "pegs_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pegs_user_date_idx" ON "pegs" USING btree ("user_id","date" DESC NULLS LAST,"id" DESC NULLS LAST);