// Generated from Examples/*.json by Tests/CPTSKitTests/Support/GeneratedFiles.swift; run Scripts/regenerate.
// Do not edit by hand.

/// The text of the bundled examples (see ``BundledExample``).
enum BundledExampleText {
    /// `Examples/ploermel-2024.json`.
    static let ploermel = #"""
{
  "format": "cpts-contract/1",
  "cpts": {
    "name": "CPTS Pays de Ploërmel Cœur de Bretagne",
    "population": 72520,
    "epcis": ["200066777", "200066785"],
    "members": 59
  },
  "signed_on": "2024-10-09",
  "missions": [
    {
      "mission": "acces_aux_soins",
      "starts_on": "2024-10-09",
      "budget": { "fixed": "72000", "variable": "28000" },
      "indicators": [
        { "id": "ald-sans-mt", "label": "Patients en ALD sans médecin traitant",
          "payout": { "type": "tiers", "better": "lower",
                      "tiers": [ { "reach": "180", "amount": "2500" },
                                 { "reach": "90", "amount": "5000" },
                                 { "reach": "40", "amount": "7500" } ] } },
        { "id": "nouveaux-mt", "label": "Patients ayant trouvé un médecin traitant", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "500", "amount": "6000" } },
        { "id": "snp-organisation", "label": "Organisation des soins non programmés",
          "payout": { "type": "all_or_nothing", "amount": "8000" } },
        { "id": "partenariat-cpam", "label": "Partenariat CPAM maintenu",
          "payout": { "type": "all_or_nothing", "amount": "2000" } },
        { "id": "snp-creneaux", "label": "Créneaux de soins non programmés ouverts par semaine",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "25", "amount": "2000" },
                                 { "reach": "50", "amount": "4500" } ] } }
      ]
    },
    {
      "mission": "parcours",
      "starts_on": "2025-04-01",
      "budget": { "fixed": "36000", "variable": "36000" },
      "pathways": ["elderly", "intrafamily_violence", "neurodevelopmental_children"],
      "indicators": [
        { "id": "parcours-personnes-agees", "label": "Parcours personnes âgées formalisé",
          "payout": { "type": "all_or_nothing", "amount": "14000" } },
        { "id": "parcours-vif", "label": "Victimes de violences intrafamiliales orientées", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "60", "amount": "11000" } },
        { "id": "parcours-tnd", "label": "Enfants TND orientés vers la plateforme", "measure": "cumulative",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "20", "amount": "5000" },
                                 { "reach": "40", "amount": "11000" } ] } }
      ]
    },
    {
      "mission": "prevention",
      "starts_on": "2025-04-01",
      "budget": { "fixed": "14000", "variable": "14000" },
      "themes": ["physical_activity_obesity", "neurodevelopment", "mental_health", "healthy_ageing_carers", "diabetes"],
      "indicators": [
        { "id": "activite-physique", "label": "Ateliers activité physique", "measure": "cumulative",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "5", "amount": "1500" },
                                 { "reach": "10", "amount": "3000" } ] } },
        { "id": "reperage-tnd", "label": "Actions de repérage précoce des TND",
          "payout": { "type": "all_or_nothing", "amount": "2500" } },
        { "id": "sante-mentale", "label": "Soirées d'information en santé mentale",
          "payout": { "type": "all_or_nothing", "amount": "2000" } },
        { "id": "jeuniors-aidants", "label": "Participants aux ateliers jeuniors et aidants", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "120", "amount": "3000" } },
        { "id": "etp-diabete", "label": "Programme d'ETP diabète en groupe",
          "payout": { "type": "all_or_nothing", "amount": "3500" } }
      ]
    },
    {
      "mission": "qualite_pertinence",
      "starts_on": "2025-01-06",
      "budget": { "fixed": "12000", "variable": "12000" },
      "indicators": [
        { "id": "revues-pratiques", "label": "Revues de pratiques pluriprofessionnelles", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "4", "amount": "6000" } },
        { "id": "demarche-qualite", "label": "Démarche qualité formalisée",
          "payout": { "type": "all_or_nothing", "amount": "6000" } }
      ]
    },
    {
      "mission": "accompagnement_ps",
      "starts_on": "2025-01-06",
      "budget": { "fixed": "8000", "variable": "8000" },
      "indicators": [
        { "id": "attractivite", "label": "Actions d'attractivité du territoire",
          "payout": { "type": "all_or_nothing", "amount": "3000" } },
        { "id": "sante-mentale-ps", "label": "Soutien à la santé mentale des professionnels",
          "payout": { "type": "all_or_nothing", "amount": "2500" } },
        { "id": "formations-communication", "label": "Formations et communication entre professionnels", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "6", "amount": "2500" } }
      ]
    },
    {
      "mission": "crises_sanitaires",
      "starts_on": "2025-04-01",
      "budget": { "fixed": "18000", "activated": "54000" }
    }
  ],
  "results": {
    "1": {
      "ald-sans-mt": 120, "nouveaux-mt": 210, "snp-organisation": true, "partenariat-cpam": true,
      "snp-creneaux": 31, "parcours-personnes-agees": false, "parcours-vif": 12, "parcours-tnd": 8,
      "activite-physique": 6, "reperage-tnd": true, "sante-mentale": true, "jeuniors-aidants": 45,
      "etp-diabete": false, "revues-pratiques": 2, "demarche-qualite": true,
      "attractivite": true, "sante-mentale-ps": false, "formations-communication": 3
    },
    "2": {
      "ald-sans-mt": 85, "nouveaux-mt": 430, "snp-organisation": true, "partenariat-cpam": true,
      "snp-creneaux": 52, "parcours-personnes-agees": true, "parcours-vif": 38, "parcours-tnd": 26,
      "activite-physique": 11, "reperage-tnd": true, "sante-mentale": true, "jeuniors-aidants": 130,
      "etp-diabete": true, "revues-pratiques": 4, "demarche-qualite": true,
      "attractivite": true, "sante-mentale-ps": true, "formations-communication": 5
    }
  },
  "progress": {
    "3": [
      { "on": "2026-11-15",
        "results": { "ald-sans-mt": 120, "nouveaux-mt": 70, "snp-organisation": true, "partenariat-cpam": true,
                     "snp-creneaux": 31, "parcours-vif": 6, "parcours-tnd": 5, "activite-physique": 1,
                     "jeuniors-aidants": 14, "revues-pratiques": 1 } }
    ]
  }
}

"""#

    /// `Examples/lorient-littoral-2025.json`.
    static let lorientLittoral = #"""
{
  "format": "cpts-contract/1",
  "cpts": {
    "name": "CPTS Lorient Littoral",
    "population": 110110,
    "communes": ["56121", "56098", "56107", "56162", "56069"]
  },
  "signed_on": "2025-05-12",
  "rulebook": "aci-2019-av2",
  "missions": [
    {
      "mission": "acces_aux_soins",
      "starts_on": "2025-05-12",
      "indicators": [
        { "id": "ald-sans-mt", "label": "Patients en ALD sans médecin traitant", "baseline": "219",
          "payout": { "type": "tiers", "better": "lower",
                      "tiers": [ { "reach": "219", "amount": "3000" },
                                 { "reach": "100", "amount": "6000" },
                                 { "reach": "50", "amount": "9000" } ] } },
        { "id": "nouveaux-mt", "label": "Patients ayant trouvé un médecin traitant", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "700", "amount": "5000" } },
        { "id": "file-attente-mt", "label": "Recensement des patients en attente de médecin traitant",
          "payout": { "type": "all_or_nothing", "amount": "3000" } },
        { "id": "snp-regulation", "label": "Organisation des soins non programmés avec le SAS",
          "payout": { "type": "all_or_nothing", "amount": "5000" } },
        { "id": "partenariat-cpam", "label": "Partenariat CPAM maintenu",
          "payout": { "type": "all_or_nothing", "amount": "2000" } },
        { "id": "assistants-medicaux", "label": "Assistants médicaux recrutés sur le territoire",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "4", "amount": "1500" },
                                 { "reach": "8", "amount": "3000" } ] } },
        { "id": "ipa-installees", "label": "Infirmiers en pratique avancée installés",
          "payout": { "type": "proportional", "target": "5", "amount": "5000" } },
        { "id": "snp-creneaux", "label": "Créneaux de soins non programmés ouverts par semaine",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "40", "amount": "1500" },
                                 { "reach": "80", "amount": "3000" } ] } }
      ]
    },
    {
      "mission": "parcours",
      "starts_on": "2025-11-12",
      "pathways": ["disability", "precarity", "chronic_conditions", "addictions", "mental_health",
                   "hospital_discharge", "home_care", "chronic_pain_oncology", "end_of_life_home"],
      "indicators": [
        { "id": "parcours-sortie-hospit", "label": "Parcours ville-hôpital de sortie d'hospitalisation formalisé",
          "payout": { "type": "all_or_nothing", "amount": "20000" } },
        { "id": "protocole-fin-de-vie", "label": "Protocole de fin de vie à domicile",
          "payout": { "type": "all_or_nothing", "amount": "14000" } },
        { "id": "patients-inclus", "label": "Patients inclus dans un parcours", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "150", "amount": "11000" } }
      ]
    },
    {
      "mission": "prevention",
      "starts_on": "2025-11-12",
      "themes": ["physical_activity_obesity", "sport_health", "undernutrition_elderly", "school_violence",
                 "womens_health", "mental_health", "addictions", "low_back_pain"],
      "indicators": [
        { "id": "depistage-sein", "label": "Dépistage du cancer du sein", "baseline": "66.26",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "69.70", "amount": "1000" },
                                 { "reach": "72.40", "amount": "2500" },
                                 { "reach": "75", "amount": "3500" } ] } },
        { "id": "sport-sante", "label": "Ateliers sport-santé", "measure": "cumulative",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "6", "amount": "2000" },
                                 { "reach": "12", "amount": "3500" } ] } },
        { "id": "denutrition", "label": "Repérage de la dénutrition des personnes âgées", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "200", "amount": "3500" } },
        { "id": "violences-scolaires", "label": "Interventions en milieu scolaire",
          "payout": { "type": "all_or_nothing", "amount": "500" } },
        { "id": "sante-feminin", "label": "Journée santé au féminin",
          "payout": { "type": "all_or_nothing", "amount": "1000" } },
        { "id": "lombalgie", "label": "Patients lombalgiques orientés", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "100", "amount": "4000" } },
        { "id": "addictions-formation", "label": "Formation au repérage des addictions",
          "payout": { "type": "all_or_nothing", "amount": "500" } },
        { "id": "sante-mentale-pssm", "label": "Professionnels formés aux premiers secours en santé mentale",
          "payout": { "type": "all_or_nothing", "amount": "1000" } }
      ]
    },
    {
      "mission": "crises_sanitaires",
      "starts_on": "2025-05-12"
    },
    {
      "mission": "accompagnement_ps",
      "starts_on": "2025-09-01",
      "indicators": [
        { "id": "accueil-internes", "label": "Internes accueillis sur le territoire", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "10", "amount": "3500" } },
        { "id": "sante-aidants", "label": "Action santé des soignants aidants",
          "payout": { "type": "all_or_nothing", "amount": "3500" } },
        { "id": "guide-installation", "label": "Guide d'installation publié",
          "payout": { "type": "all_or_nothing", "amount": "3000" } }
      ]
    },
    {
      "mission": "qualite_pertinence",
      "starts_on": "2026-01-05",
      "indicators": [
        { "id": "revues-de-cas", "label": "Revues de cas pluriprofessionnelles", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "6", "amount": "5000" } },
        { "id": "echanges-pratiques", "label": "Groupes d'échanges de pratiques",
          "payout": { "type": "all_or_nothing", "amount": "5000" } },
        { "id": "formation-urgence-vitale", "label": "Formation commune à l'urgence vitale",
          "payout": { "type": "all_or_nothing", "amount": "5000" } }
      ]
    }
  ],
  "results": {
    "1": {
      "ald-sans-mt": 84, "nouveaux-mt": 350, "file-attente-mt": true, "snp-regulation": true,
      "partenariat-cpam": true, "assistants-medicaux": 5, "ipa-installees": 2, "snp-creneaux": "36",
      "parcours-sortie-hospit": true, "protocole-fin-de-vie": false, "patients-inclus": 45,
      "depistage-sein": "72.9", "sport-sante": 7, "denutrition": 120, "violences-scolaires": true,
      "sante-feminin": true, "lombalgie": 30, "addictions-formation": false, "sante-mentale-pssm": true,
      "accueil-internes": 4, "sante-aidants": true, "guide-installation": false,
      "revues-de-cas": 3, "echanges-pratiques": true, "formation-urgence-vitale": false
    }
  },
  "progress": {
    "2": [
      { "on": "2026-08-11",
        "results": { "ald-sans-mt": 90, "nouveaux-mt": 160, "file-attente-mt": true, "snp-regulation": true,
                     "assistants-medicaux": 6, "patients-inclus": 30, "depistage-sein": "70.1", "sport-sante": 3,
                     "denutrition": 45, "lombalgie": 20, "accueil-internes": 2, "revues-de-cas": 1 } },
      { "on": "2026-11-11",
        "results": { "ald-sans-mt": 72, "nouveaux-mt": 330, "snp-regulation": true, "partenariat-cpam": true,
                     "assistants-medicaux": 6, "ipa-installees": 3, "snp-creneaux": 44, "patients-inclus": 70,
                     "depistage-sein": "72.9", "sport-sante": 5, "denutrition": 95, "violences-scolaires": true,
                     "lombalgie": 48, "accueil-internes": 5, "revues-de-cas": 3, "echanges-pratiques": true } }
    ]
  }
}

"""#

    /// `Examples/rade-a-ria-2021.json`.
    static let radeARia = #"""
{
  "format": "cpts-contract/1",
  "cpts": {
    "name": "CPTS Rade à Ria",
    "population": 31530,
    "communes": ["56062", "56094", "56118", "56130", "56148", "56169", "56181", "56193", "56220"]
  },
  "signed_on": "2021-09-15",
  "missions": [
    {
      "mission": "acces_aux_soins",
      "starts_on": "2021-09-15",
      "deployed_on": "2023-01-10",
      "budget": { "fixed": "50000", "variable": "20000" },
      "indicators": [
        { "id": "partenariat-cpam", "label": "Partenariat CPAM maintenu",
          "payout": { "type": "all_or_nothing", "amount": "2000" } },
        { "id": "nouveaux-mt", "label": "Patients ayant trouvé un médecin traitant", "measure": "cumulative",
          "payout": { "type": "proportional", "target": "300", "amount": "8000" } },
        { "id": "snp-regulation", "label": "Part des demandes de soins non programmés régulées",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "50", "amount": "3000" },
                                 { "reach": "70", "amount": "6000" },
                                 { "reach": "90", "amount": "10000" } ] } }
      ]
    },
    {
      "mission": "parcours",
      "starts_on": "2022-03-15",
      "deployed_on": "2023-11-20",
      "pathways": ["elderly", "hospital_discharge"],
      "budget": { "fixed": "25000", "variable": "20000" },
      "indicators": [
        { "id": "parcours-personnes-agees", "label": "Parcours personnes âgées formalisé",
          "payout": { "type": "all_or_nothing", "amount": "10000" } },
        { "id": "sorties-hospitalisation", "label": "Sorties d'hospitalisation coordonnées", "measure": "cumulative",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "20", "amount": "4000" },
                                 { "reach": "40", "amount": "7000" },
                                 { "reach": "60", "amount": "10000" } ] } }
      ]
    },
    {
      "mission": "prevention",
      "starts_on": "2022-03-15",
      "deployed_on": "2023-06-01",
      "themes": ["vaccination", "physical_activity_obesity"],
      "budget": { "fixed": "10000", "variable": "10000" },
      "indicators": [
        { "id": "vaccination-grippe", "label": "Couverture vaccinale antigrippale des 65 ans et plus (%)",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "40", "amount": "2000" },
                                 { "reach": "50", "amount": "4000" },
                                 { "reach": "60", "amount": "6000" } ] } },
        { "id": "ateliers-activite-physique", "label": "Ateliers d'activité physique organisés",
          "payout": { "type": "all_or_nothing", "amount": "4000" } }
      ]
    },
    {
      "mission": "crises_sanitaires",
      "starts_on": "2022-09-15",
      "deployed_on": "2023-12-01",
      "budget": { "fixed": "15000", "activated": "25000" }
    }
  ],
  "results": {
    "1": { "partenariat-cpam": true, "nouveaux-mt": 120, "snp-regulation": "42.5",
           "parcours-personnes-agees": false, "sorties-hospitalisation": 8,
           "vaccination-grippe": "38.2", "ateliers-activite-physique": true },
    "2": { "partenariat-cpam": true, "nouveaux-mt": 210, "snp-regulation": "61",
           "parcours-personnes-agees": true, "sorties-hospitalisation": 25,
           "vaccination-grippe": "44.9", "ateliers-activite-physique": true },
    "3": { "partenariat-cpam": true, "nouveaux-mt": 300, "snp-regulation": "70",
           "parcours-personnes-agees": true, "sorties-hospitalisation": 41,
           "vaccination-grippe": "50", "ateliers-activite-physique": true },
    "4": { "partenariat-cpam": true, "nouveaux-mt": 280, "snp-regulation": "88.4",
           "parcours-personnes-agees": true, "sorties-hospitalisation": 60,
           "vaccination-grippe": "55.1", "depistage-colorectal": "36" }
  },
  "crisis_recognised": { "2": true },
  "amendments": [
    { "effective_on": "2023-09-01", "change": "budget", "mission": "acces_aux_soins",
      "budget": { "fixed": "55000", "variable": "20000" },
      "note": "Révision des montants après deux ans de mise en œuvre (ACI 2019, art. 8)" },
    { "effective_on": "2024-06-01", "change": "indicators", "mission": "prevention",
      "indicators": [
        { "id": "vaccination-grippe", "label": "Couverture vaccinale antigrippale des 65 ans et plus (%)",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "45", "amount": "2000" },
                                 { "reach": "55", "amount": "4000" },
                                 { "reach": "65", "amount": "6000" } ] } },
        { "id": "depistage-colorectal", "label": "Participation au dépistage du cancer colorectal (%)",
          "payout": { "type": "tiers", "better": "higher",
                      "tiers": [ { "reach": "30", "amount": "1000" },
                                 { "reach": "35", "amount": "2500" },
                                 { "reach": "40", "amount": "4000" } ] } }
      ],
      "note": "Objectifs révisés au dialogue de gestion de 2024" }
  ],
  "progress": {
    "5": [
      { "on": "2025-12-14",
        "results": { "partenariat-cpam": true, "nouveaux-mt": 70, "snp-regulation": 66, "sorties-hospitalisation": 12,
                     "vaccination-grippe": "52.4" } },
      { "on": "2026-03-14",
        "results": { "nouveaux-mt": 150, "snp-regulation": 71, "sorties-hospitalisation": 25, "vaccination-grippe": "56.8",
                     "depistage-colorectal": "33.5" } },
      { "on": "2026-06-14",
        "results": { "nouveaux-mt": 215, "snp-regulation": 73, "sorties-hospitalisation": 37, "depistage-colorectal": "35.2",
                     "parcours-personnes-agees": true } }
    ]
  }
}

"""#
}
