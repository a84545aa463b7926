CREATE TABLE "self_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mine_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"month" text NOT NULL,
	"organiser_person_id" uuid NOT NULL,
	"organiser_role_ok" boolean NOT NULL,
	"inspection_date" date NOT NULL,
	"participants" text NOT NULL,
	"scope" text NOT NULL,
	"result" text NOT NULL,
	"hazard_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"signed_by_user_id" uuid,
	"signed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"late" boolean NOT NULL,
	"backfilled" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_mine_id_mines_id_fk" FOREIGN KEY ("mine_id") REFERENCES "public"."mines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_organiser_person_id_people_id_fk" FOREIGN KEY ("organiser_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_inspections" ADD CONSTRAINT "self_inspections_signed_by_user_id_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "self_inspections_mine_month_uq" ON "self_inspections" USING btree ("mine_id","month");--> statement-breakpoint
CREATE INDEX "self_inspections_region_month_idx" ON "self_inspections" USING btree ("region_code","month","id");--> statement-breakpoint
CREATE INDEX "self_inspections_enterprise_month_idx" ON "self_inspections" USING btree ("enterprise_id","month","id");--> statement-breakpoint
CREATE INDEX "self_inspections_month_idx" ON "self_inspections" USING btree ("month","id");