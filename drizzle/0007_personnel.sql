CREATE TABLE "certificate_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"valid_years" integer NOT NULL,
	"review_years" integer NOT NULL,
	"extended_review_years" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"unconfirmed" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"visit_id" uuid,
	"verified_on" date NOT NULL,
	"method" text NOT NULL,
	"verifier_name" text NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text,
	"type_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issuing_authority" text NOT NULL,
	"issue_date" date NOT NULL,
	"expiry_date" date NOT NULL,
	"extended_review" boolean DEFAULT false NOT NULL,
	"extended_approved_by" text,
	"extended_approved_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classroom_connections" (
	"mine_id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"connected" boolean NOT NULL,
	"since" date,
	"checked_by" text NOT NULL,
	"checked_on" date NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"visit_date" date NOT NULL,
	"lead_agency_id" uuid NOT NULL,
	"agency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"inspectors" text NOT NULL,
	"findings" text,
	"training_evaluation" text,
	"training_rating" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onsite_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"day" date NOT NULL,
	"arrival" time,
	"departure" time,
	"location" text,
	"photo_attachment_id" uuid,
	"source" text NOT NULL,
	"import_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onsite_spot_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"month" text NOT NULL,
	"checked_on" date NOT NULL,
	"checker_name" text NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_kind" text NOT NULL,
	"position" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"per_system" boolean DEFAULT false NOT NULL,
	"five_duties" boolean DEFAULT false NOT NULL,
	"condition" text,
	"qualification" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"hazard_item_code" text,
	"unconfirmed" boolean DEFAULT true NOT NULL,
	"note" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positioning_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"encoding" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"rows" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text,
	"category" text NOT NULL,
	"course" text NOT NULL,
	"hours" numeric NOT NULL,
	"exam_score" numeric,
	"passed" boolean NOT NULL,
	"certificate_no" text,
	"trained_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_targets" (
	"year" integer NOT NULL,
	"region_code" text NOT NULL,
	"target" integer NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_targets_year_region_code_pk" PRIMARY KEY("year","region_code")
);
--> statement-breakpoint
CREATE TABLE "visit_worker_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"person_id" uuid,
	"person_name" text NOT NULL,
	"subject" text NOT NULL,
	"score" numeric NOT NULL,
	"passed" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "mining_years" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "full_time" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "production_system" integer;--> statement-breakpoint
ALTER TABLE "hazards" ADD COLUMN "visit_id" uuid;--> statement-breakpoint
ALTER TABLE "certificate_reviews" ADD CONSTRAINT "certificate_reviews_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_verifications" ADD CONSTRAINT "certificate_verifications_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_type_id_certificate_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."certificate_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classroom_connections" ADD CONSTRAINT "classroom_connections_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classroom_connections" ADD CONSTRAINT "classroom_connections_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classroom_connections" ADD CONSTRAINT "classroom_connections_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_visits" ADD CONSTRAINT "inspection_visits_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_visits" ADD CONSTRAINT "inspection_visits_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_visits" ADD CONSTRAINT "inspection_visits_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_visits" ADD CONSTRAINT "inspection_visits_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_days" ADD CONSTRAINT "onsite_days_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_days" ADD CONSTRAINT "onsite_days_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_days" ADD CONSTRAINT "onsite_days_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_days" ADD CONSTRAINT "onsite_days_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_spot_checks" ADD CONSTRAINT "onsite_spot_checks_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_spot_checks" ADD CONSTRAINT "onsite_spot_checks_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onsite_spot_checks" ADD CONSTRAINT "onsite_spot_checks_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positioning_imports" ADD CONSTRAINT "positioning_imports_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_targets" ADD CONSTRAINT "training_targets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_worker_tests" ADD CONSTRAINT "visit_worker_tests_visit_id_inspection_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."inspection_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_worker_tests" ADD CONSTRAINT "visit_worker_tests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_reviews_cert_idx" ON "certificate_reviews" USING btree ("certificate_id","reviewed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_types_code_from_uq" ON "certificate_types" USING btree ("code","effective_from");--> statement-breakpoint
CREATE INDEX "certificate_verifications_cert_idx" ON "certificate_verifications" USING btree ("certificate_id","verified_on");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_type_number_uq" ON "certificates" USING btree ("type_id","number");--> statement-breakpoint
CREATE INDEX "certificates_person_idx" ON "certificates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "certificates_enterprise_idx" ON "certificates" USING btree ("enterprise_id","expiry_date");--> statement-breakpoint
CREATE INDEX "certificates_region_expiry_idx" ON "certificates" USING btree ("region_code","expiry_date");--> statement-breakpoint
CREATE INDEX "inspection_visits_region_idx" ON "inspection_visits" USING btree ("region_code","visit_date","id");--> statement-breakpoint
CREATE INDEX "inspection_visits_mine_idx" ON "inspection_visits" USING btree ("mine_id","visit_date");--> statement-breakpoint
CREATE UNIQUE INDEX "onsite_days_uq" ON "onsite_days" USING btree ("mine_id","person_id","day","source");--> statement-breakpoint
CREATE INDEX "onsite_days_person_day_idx" ON "onsite_days" USING btree ("person_id","day");--> statement-breakpoint
CREATE INDEX "onsite_days_region_day_idx" ON "onsite_days" USING btree ("region_code","day");--> statement-breakpoint
CREATE INDEX "onsite_spot_checks_region_idx" ON "onsite_spot_checks" USING btree ("region_code","month");--> statement-breakpoint
CREATE UNIQUE INDEX "position_requirements_kind_position_uq" ON "position_requirements" USING btree ("mine_kind","position","condition");--> statement-breakpoint
CREATE INDEX "training_records_person_idx" ON "training_records" USING btree ("person_id","trained_on");--> statement-breakpoint
CREATE INDEX "training_records_region_idx" ON "training_records" USING btree ("region_code","trained_on");--> statement-breakpoint
CREATE INDEX "training_records_enterprise_idx" ON "training_records" USING btree ("enterprise_id","trained_on");--> statement-breakpoint
CREATE INDEX "visit_worker_tests_visit_idx" ON "visit_worker_tests" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "hazard_listings_hazard_idx" ON "hazard_listings" USING btree ("hazard_id");--> statement-breakpoint
CREATE INDEX "hazard_resumptions_hazard_idx" ON "hazard_resumptions" USING btree ("hazard_id");