CREATE TABLE "beoordeling_bijlagen" (
	"id" serial PRIMARY KEY NOT NULL,
	"beoordeling_id" integer NOT NULL,
	"norm_id" text NOT NULL,
	"bestandsnaam" text NOT NULL,
	"media_type" text NOT NULL,
	"grootte" integer NOT NULL,
	"sha256" text NOT NULL,
	"inhoud" "bytea" NOT NULL,
	"toegevoegd_op" timestamp with time zone NOT NULL,
	"toegevoegd_door" text
);
--> statement-breakpoint
CREATE TABLE "beoordeling_normen" (
	"beoordeling_id" integer NOT NULL,
	"norm_id" text NOT NULL,
	"thema" text NOT NULL,
	"volgorde" integer NOT NULL,
	"titel" jsonb NOT NULL,
	"soort" text NOT NULL,
	"vraag" jsonb,
	"automatische_uitkomst" text NOT NULL,
	"toelichting" jsonb NOT NULL,
	"uitkomst" text,
	"onderbouwing" text,
	CONSTRAINT "beoordeling_normen_beoordeling_id_norm_id_pk" PRIMARY KEY("beoordeling_id","norm_id")
);
--> statement-breakpoint
CREATE TABLE "beoordelingen" (
	"id" serial PRIMARY KEY NOT NULL,
	"locatie_code" text NOT NULL,
	"van" date NOT NULL,
	"tot" date NOT NULL,
	"kader_versie" text NOT NULL,
	"status" text NOT NULL,
	"revisie" integer NOT NULL,
	"aangemaakt_op" timestamp with time zone NOT NULL,
	"aangemaakt_door_id" integer,
	"aangemaakt_door" text,
	"gewijzigd_op" timestamp with time zone NOT NULL,
	"gewijzigd_door_id" integer,
	"gewijzigd_door" text,
	"vastgesteld_op" timestamp with time zone,
	"vastgesteld_door" text
);
--> statement-breakpoint
CREATE TABLE "verbeteracties" (
	"id" serial PRIMARY KEY NOT NULL,
	"beoordeling_id" integer NOT NULL,
	"norm_id" text,
	"omschrijving" text NOT NULL,
	"eigenaar" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beoordeling_bijlagen" ADD CONSTRAINT "beoordeling_bijlagen_beoordeling_id_beoordelingen_id_fk" FOREIGN KEY ("beoordeling_id") REFERENCES "public"."beoordelingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordeling_normen" ADD CONSTRAINT "beoordeling_normen_beoordeling_id_beoordelingen_id_fk" FOREIGN KEY ("beoordeling_id") REFERENCES "public"."beoordelingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verbeteracties" ADD CONSTRAINT "verbeteracties_beoordeling_id_beoordelingen_id_fk" FOREIGN KEY ("beoordeling_id") REFERENCES "public"."beoordelingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beoordeling_bijlagen_beoordeling" ON "beoordeling_bijlagen" USING btree ("beoordeling_id");--> statement-breakpoint
CREATE INDEX "beoordelingen_locatie" ON "beoordelingen" USING btree ("locatie_code");--> statement-breakpoint
CREATE INDEX "verbeteracties_beoordeling" ON "verbeteracties" USING btree ("beoordeling_id");