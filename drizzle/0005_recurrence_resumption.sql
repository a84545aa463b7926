CREATE TABLE "closure_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"reason" text NOT NULL,
	"summary" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazard_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hazard_id" uuid NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"related_hazard_id" uuid,
	"on_date" date NOT NULL,
	"detail" text NOT NULL,
	"mine_principals" jsonb NOT NULL,
	"parent_principals" jsonb NOT NULL,
	"raised_by" uuid,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazard_resumptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hazard_id" uuid NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"note" text NOT NULL,
	"applied_by" uuid,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_on" date NOT NULL,
	"day_basis" text NOT NULL,
	"days" integer NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"verified_on" date,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"off_days" jsonb NOT NULL,
	"work_days" jsonb NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hazards" ADD COLUMN "recurrence_of_id" uuid;--> statement-breakpoint
ALTER TABLE "hazards" ADD COLUMN "reopened_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "closure_proposals" ADD CONSTRAINT "closure_proposals_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_proposals" ADD CONSTRAINT "closure_proposals_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_proposals" ADD CONSTRAINT "closure_proposals_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_flags" ADD CONSTRAINT "hazard_flags_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_flags" ADD CONSTRAINT "hazard_flags_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_flags" ADD CONSTRAINT "hazard_flags_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_flags" ADD CONSTRAINT "hazard_flags_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_flags" ADD CONSTRAINT "hazard_flags_related_hazard_id_hazards_id_fk" FOREIGN KEY ("related_hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_resumptions" ADD CONSTRAINT "hazard_resumptions_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_resumptions" ADD CONSTRAINT "hazard_resumptions_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_resumptions" ADD CONSTRAINT "hazard_resumptions_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_resumptions" ADD CONSTRAINT "hazard_resumptions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "closure_proposals_one_open_uq" ON "closure_proposals" USING btree ("mine_id","reason") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "closure_proposals_region_idx" ON "closure_proposals" USING btree ("region_code","raised_at","id");--> statement-breakpoint
CREATE INDEX "hazard_flags_hazard_idx" ON "hazard_flags" USING btree ("hazard_id");--> statement-breakpoint
CREATE INDEX "hazard_flags_region_idx" ON "hazard_flags" USING btree ("region_code","raised_at","id");--> statement-breakpoint
CREATE INDEX "hazard_flags_enterprise_idx" ON "hazard_flags" USING btree ("enterprise_id","raised_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "hazard_resumptions_one_pending_uq" ON "hazard_resumptions" USING btree ("hazard_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "hazard_resumptions_region_idx" ON "hazard_resumptions" USING btree ("region_code","status","applied_at");--> statement-breakpoint
CREATE INDEX "hazards_mine_item_found_idx" ON "hazards" USING btree ("mine_id","standard_item_code","found_at");--> statement-breakpoint
CREATE INDEX "hazards_recurrence_of_idx" ON "hazards" USING btree ("recurrence_of_id");