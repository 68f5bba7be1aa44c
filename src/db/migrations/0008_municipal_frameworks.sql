CREATE TABLE "gemeente_kader_afwijkingen" (
	"gemeente_code" text NOT NULL,
	"norm_id" text NOT NULL,
	"soort" text NOT NULL,
	"volgorde" integer NOT NULL,
	"waarden" jsonb NOT NULL,
	"reden" text,
	CONSTRAINT "gemeente_kader_afwijkingen_gemeente_code_norm_id_pk" PRIMARY KEY("gemeente_code","norm_id")
);
--> statement-breakpoint
CREATE TABLE "gemeente_kaders" (
	"gemeente_code" text PRIMARY KEY NOT NULL,
	"kader_versie" text NOT NULL,
	"revisie" integer NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_door" text
);
--> statement-breakpoint
ALTER TABLE "gemeente_kader_afwijkingen" ADD CONSTRAINT "gemeente_kader_afwijkingen_gemeente_code_gemeente_kaders_gemeente_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeente_kaders"("gemeente_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeente_kaders" ADD CONSTRAINT "gemeente_kaders_gemeente_code_gemeenten_code_fk" FOREIGN KEY ("gemeente_code") REFERENCES "public"."gemeenten"("code") ON DELETE no action ON UPDATE no action;