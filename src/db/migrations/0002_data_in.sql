CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"bestandsnaam" text NOT NULL,
	"sha256" text NOT NULL,
	"actor_soort" text NOT NULL,
	"actor_id" integer,
	"actor_email" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"teruggedraaid_op" timestamp with time zone,
	"telling" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "locatie_perioden" (
	"locatie_code" text NOT NULL,
	"vanaf" date,
	"type" text NOT NULL,
	"subtype" text
);
--> statement-breakpoint
CREATE TABLE "locatie_rijen" (
	"batch_id" integer NOT NULL,
	"rij" integer NOT NULL,
	"code" text NOT NULL,
	"waarden" jsonb NOT NULL,
	CONSTRAINT "locatie_rijen_batch_id_rij_pk" PRIMARY KEY("batch_id","rij")
);
--> statement-breakpoint
CREATE TABLE "locaties" (
	"code" text PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"gemeente_code" text NOT NULL,
	"status" text NOT NULL,
	"capaciteit" integer NOT NULL,
	"open_sinds" date,
	"open_tot" date,
	"beheerder" text,
	"adres" text,
	"postcode" text,
	"plaats" text,
	"lat" double precision,
	"lon" double precision,
	"feiten" jsonb NOT NULL,
	"laatste_batch_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "locatie_perioden" ADD CONSTRAINT "locatie_perioden_locatie_code_locaties_code_fk" FOREIGN KEY ("locatie_code") REFERENCES "public"."locaties"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locatie_rijen" ADD CONSTRAINT "locatie_rijen_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locaties" ADD CONSTRAINT "locaties_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "locatie_perioden_code_vanaf" ON "locatie_perioden" USING btree ("locatie_code","vanaf");--> statement-breakpoint
CREATE INDEX "locatie_rijen_code" ON "locatie_rijen" USING btree ("code");--> statement-breakpoint
CREATE INDEX "locaties_gemeente" ON "locaties" USING btree ("gemeente_code");