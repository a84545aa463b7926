CREATE TABLE "hazard_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hazard_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"note" text,
	"payload" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazard_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hazard_id" uuid NOT NULL,
	"requested_deadline" date NOT NULL,
	"previous_deadline" date,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "hazard_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hazard_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"doc_no" text NOT NULL,
	"deadline" date NOT NULL,
	"requirements" text NOT NULL,
	"responsible_unit" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"listed_by" uuid,
	"listed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delisted_by" uuid,
	"delisted_at" timestamp with time zone,
	"verification_note" text
);
--> statement-breakpoint
CREATE TABLE "hazards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"source" text NOT NULL,
	"grade" text NOT NULL,
	"standard_item_code" text,
	"standard_situation_code" text,
	"standard_version" text,
	"description" text NOT NULL,
	"place_text" text,
	"place" geometry(Point,4326),
	"found_at" timestamp with time zone NOT NULL,
	"found_by" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid,
	"status" text NOT NULL,
	"deadline" date,
	"stop_production" boolean DEFAULT false NOT NULL,
	"workers_withdrawn" boolean DEFAULT false NOT NULL,
	"plan_goal" text,
	"plan_measures" text,
	"plan_funds_materials" text,
	"plan_responsible_people" text,
	"plan_deadline" date,
	"interim_measures" text,
	"plan_submitted_at" timestamp with time zone,
	"rejection_reason" text,
	"return_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listing_counters" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "listing_counters_agency_id_year_pk" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
ALTER TABLE "hazard_events" ADD CONSTRAINT "hazard_events_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_extensions" ADD CONSTRAINT "hazard_extensions_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_listings" ADD CONSTRAINT "hazard_listings_hazard_id_hazards_id_fk" FOREIGN KEY ("hazard_id") REFERENCES "public"."hazards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazard_listings" ADD CONSTRAINT "hazard_listings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazards" ADD CONSTRAINT "hazards_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_counters" ADD CONSTRAINT "listing_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hazard_events_seq_uq" ON "hazard_events" USING btree ("hazard_id","seq");--> statement-breakpoint
CREATE INDEX "hazard_extensions_hazard_idx" ON "hazard_extensions" USING btree ("hazard_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hazard_extensions_one_pending_uq" ON "hazard_extensions" USING btree ("hazard_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "hazard_listings_one_active_uq" ON "hazard_listings" USING btree ("hazard_id") WHERE status <> 'delisted';--> statement-breakpoint
CREATE UNIQUE INDEX "hazard_listings_number_uq" ON "hazard_listings" USING btree ("agency_id","year","number");--> statement-breakpoint
CREATE INDEX "hazards_region_status_idx" ON "hazards" USING btree ("region_code","status","registered_at","id");--> statement-breakpoint
CREATE INDEX "hazards_mine_idx" ON "hazards" USING btree ("mine_id","registered_at","id");--> statement-breakpoint
CREATE INDEX "hazards_enterprise_idx" ON "hazards" USING btree ("enterprise_id","registered_at","id");--> statement-breakpoint
CREATE INDEX "hazards_status_deadline_idx" ON "hazards" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "hazards_grade_status_idx" ON "hazards" USING btree ("grade","status");--> statement-breakpoint
CREATE INDEX "hazards_registered_idx" ON "hazards" USING btree ("registered_at","id");