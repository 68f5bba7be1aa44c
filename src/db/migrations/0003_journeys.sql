CREATE TABLE "gebeurtenissen" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" integer NOT NULL,
	"rij" integer NOT NULL,
	"kind" text NOT NULL,
	"geboortemaand" text NOT NULL,
	"amv" boolean NOT NULL,
	"gezin" text,
	"gebeurtenis" text NOT NULL,
	"datum" date NOT NULL,
	"locatie" text,
	"soort" text,
	"genegeerd" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinderen" (
	"pseudoniem" text PRIMARY KEY NOT NULL,
	"geboortemaand" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verblijven" (
	"kind" text NOT NULL,
	"locatie" text NOT NULL,
	"begin" date NOT NULL,
	"eind" date
);
--> statement-breakpoint
ALTER TABLE "gebeurtenissen" ADD CONSTRAINT "gebeurtenissen_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gebeurtenissen_identiteit" ON "gebeurtenissen" USING btree ("kind","gebeurtenis","datum",coalesce("locatie", ''),coalesce("soort", ''));--> statement-breakpoint
CREATE INDEX "gebeurtenissen_kind" ON "gebeurtenissen" USING btree ("kind","id");--> statement-breakpoint
CREATE INDEX "gebeurtenissen_batch" ON "gebeurtenissen" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "gebeurtenissen_locatie" ON "gebeurtenissen" USING btree ("locatie");--> statement-breakpoint
CREATE INDEX "verblijven_kind" ON "verblijven" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "verblijven_locatie" ON "verblijven" USING btree ("locatie","begin");