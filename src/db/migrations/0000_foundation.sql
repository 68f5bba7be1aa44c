CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_soort" text NOT NULL,
	"actor_id" integer,
	"actor_email" text,
	"actie" text NOT NULL,
	"object_soort" text,
	"object_id" text,
	"uitkomst" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "gebruiker_locaties" (
	"gebruiker_id" integer NOT NULL,
	"locatie_code" text NOT NULL,
	CONSTRAINT "gebruiker_locaties_gebruiker_id_locatie_code_pk" PRIMARY KEY("gebruiker_id","locatie_code")
);
--> statement-breakpoint
CREATE TABLE "gebruikers" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"wachtwoord_hash" text NOT NULL,
	"rol" text NOT NULL,
	"organisatie_id" integer NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_ingelogd_op" timestamp with time zone,
	CONSTRAINT "gebruikers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "gemeente_aliassen" (
	"alias" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gemeenten" (
	"code" text PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"provincie_code" text NOT NULL,
	"provincie_naam" text NOT NULL,
	"zoeknaam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inlog_blokkades" (
	"email" text PRIMARY KEY NOT NULL,
	"mislukt" integer DEFAULT 0 NOT NULL,
	"geblokkeerd_tot" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "instellingen" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"waarde" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisaties" (
	"id" serial PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"naam" text NOT NULL,
	"gemeente_code" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"gebruiker_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"absoluut_einde_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gebruiker_locaties" ADD CONSTRAINT "gebruiker_locaties_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD CONSTRAINT "gebruikers_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeente_aliassen" ADD CONSTRAINT "gemeente_aliassen_code_gemeenten_code_fk" FOREIGN KEY ("code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_tijdstip" ON "audit_log" USING btree ("tijdstip");--> statement-breakpoint
CREATE INDEX "audit_log_actie" ON "audit_log" USING btree ("actie");--> statement-breakpoint
CREATE INDEX "audit_log_actor" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisaties_soort_naam" ON "organisaties" USING btree ("soort","naam");--> statement-breakpoint
CREATE INDEX "sessies_gebruiker" ON "sessies" USING btree ("gebruiker_id");