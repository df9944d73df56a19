//! Messages of the app shell: navigation, languages, notices, titles, the
//! home page and the pages still being built.

use super::super::catalogue::section;

section! {
    m("error.storage.unavailable", "this browser does not let the page store anything (private mode or a setting)", "deze browser laat de pagina niets opslaan (privémodus of een instelling)"),
    m("error.storage.full", "this browser's storage for the page is full", "de opslag van deze browser voor de pagina is vol"),
    m("error.storage.refused", "this browser refused to store it ({detail})", "deze browser weigerde het op te slaan ({detail})"),
    m("error.backup.too_large", "the file is too large", "het bestand is te groot"),
    m("error.backup.not_a_backup", "it is not a Micro·Macro export", "het is geen export van Micro·Macro"),
    m("error.backup.future", "it was made by a newer version of Micro·Macro (format {version})", "het is gemaakt met een nieuwere versie van Micro·Macro (formaat {version})"),
    m("error.record.not_a_record", "it is not a saved campaign", "het is geen opgeslagen campagne"),
    m("error.record.future", "it was saved by a newer version of Micro·Macro (format {version})", "het is opgeslagen met een nieuwere versie van Micro·Macro (formaat {version})"),
    m("error.record.damaged", "it is damaged ({detail})", "het is beschadigd ({detail})"),
    m("update.ready", "A new version of Micro·Macro is ready. Your work in this page is kept in the browser if you saved it.", "Er staat een nieuwe versie van Micro·Macro klaar. Je werk op deze pagina blijft in de browser bewaard als je het hebt opgeslagen."),
    m("update.reload", "Load the new version", "Nieuwe versie laden"),
    // App shell
    m("app.name", "Micro·Macro", "Micro·Macro"),
    m("app.tagline", "Micro, macro or a mix: influencer campaigns planned on numbers", "Micro, macro of een mix: influencercampagnes plannen op cijfers"),
    m("shell.skip_link", "Skip to content", "Naar de inhoud"),
    m("nav.label", "Main", "Hoofdmenu"),
    m("nav.home", "Home", "Start"),
    m("nav.checklist", "Checklist", "Checklist"),
    m("nav.plan", "Planner", "Planner"),
    m("nav.campaigns", "Saved campaigns", "Opgeslagen campagnes"),
    m("lang.label", "Language", "Taal"),
    m("lang.en", "English", "English"),
    m("lang.nl", "Nederlands", "Nederlands"),
    m("lang.rejected", "The language “{tag}” is not available, so the page is shown in English.", "De taal “{tag}” is niet beschikbaar, daarom staat de pagina in het Nederlands."),
    m("notice.dismiss", "Dismiss this message", "Dit bericht sluiten"),
    m("footer.privacy", "Runs entirely in your browser: no account, no server, nothing you enter leaves this device.", "Draait volledig in je browser: geen account, geen server, niets wat je invoert verlaat dit apparaat."),
    m("footer.sources", "Default figures come from public benchmark reports, each with its source.", "Standaardcijfers komen uit openbare benchmarkrapporten, elk met bron."),
    m("part.not_loaded", "This part of the page could not be loaded. Check the connection.", "Dit deel van de pagina kon niet worden geladen. Controleer de verbinding."),
    m("part.retry", "Try again", "Opnieuw proberen"),
    m("lang.not_loaded", "The other language could not be loaded. Check the connection and try again.", "De andere taal kon niet worden geladen. Controleer de verbinding en probeer het opnieuw."),
    m("part.loading.planner", "Loading the creators, the comparison and the charts…", "De creators, de vergelijking en de grafieken worden geladen…"),

    // Document titles
    m("title.home", "Micro·Macro — micro- or macro-influencers?", "Micro·Macro — micro- of macro-influencers?"),
    m("title.checklist", "Checklist game — Micro·Macro", "Checklistspel — Micro·Macro"),
    m("title.plan", "Campaign planner — Micro·Macro", "Campagneplanner — Micro·Macro"),
    m("title.campaigns", "Saved campaigns — Micro·Macro", "Opgeslagen campagnes — Micro·Macro"),
    m("title.report", "Campaign report — Micro·Macro", "Campagnerapport — Micro·Macro"),
    m("title.shared", "Shared campaign — Micro·Macro", "Gedeelde campagne — Micro·Macro"),
    m("title.not_found", "Page not found — Micro·Macro", "Pagina niet gevonden — Micro·Macro"),

    // Home
    m("home.eyebrow", "Influencer campaign planner", "Planner voor influencercampagnes"),
    m("home.title", "Micro, macro or a mix?", "Micro, macro of een mix?"),
    m("home.lead", "Find out which kind of creators suits your campaign and your budget, with the figures behind the answer and an explanation you can hand to a client.", "Ontdek welk soort creators past bij je campagne en je budget, met de cijfers achter het antwoord en een uitleg die je aan een klant kunt geven."),
    m("home.cta_checklist", "Play the checklist", "Speel de checklist"),
    m("home.cta_plan", "Open the planner", "Open de planner"),
    m("home.example.title", "Followers alone mislead", "Volgers alleen zeggen weinig"),
    m("home.example.body", "A creator with 50,000 followers and 12% engagement reaches {micro} engaged people; one with 500,000 followers and 1% engagement reaches {macro}. Ten times the audience, fewer people who act.", "Een creator met 50.000 volgers en 12% engagement bereikt {micro} betrokken mensen; een met 500.000 volgers en 1% engagement bereikt er {macro}. Tien keer zoveel publiek, minder mensen die iets doen."),
    m("home.features.title", "What Micro·Macro does", "Wat Micro·Macro doet"),
    m("home.feature.checklist.title", "A quick checklist game", "Een snel checklistspel"),
    m("home.feature.checklist.body", "Answer A/B questions about your campaign. Mostly A points to micro-influencers, mostly B to macro-influencers, a balance to a mix.", "Beantwoord A/B-vragen over je campagne. Vooral A wijst naar micro-influencers, vooral B naar macro-influencers, een evenwicht naar een mix."),
    m("home.feature.factors.title", "Nine factors, explained", "Negen factoren, uitgelegd"),
    m("home.feature.factors.body", "Your brief is weighed on nine factors, from engagement and cost to reputation risk, each with the reason it leans one way.", "Je briefing wordt gewogen op negen factoren, van engagement en kosten tot reputatierisico, elk met de reden waarom hij een kant op leunt."),
    m("home.feature.compare.title", "Same budget, three ways", "Zelfde budget, drie manieren"),
    m("home.feature.compare.body", "See the best plan for your budget and your team's hours with micro creators only, macro creators only, or both: who to hire, what it reaches, what it costs per result.", "Zie het beste plan voor je budget en de uren van je team met alleen micro-influencers, alleen macro-influencers of allebei: wie je inhuurt, wat het bereikt en wat het per resultaat kost."),
    m("home.feature.share.title", "Saved and shareable", "Bewaren en delen"),
    m("home.feature.share.body", "Keep campaigns in your browser and send a client a link that opens the same plan, without an account.", "Bewaar campagnes in je browser en stuur een klant een link die hetzelfde plan opent, zonder account."),
    m("home.factors.title", "The nine factors", "De negen factoren"),

    // The nine factors (names; the engine's factor ids follow `factor.<id>`)
    m("factor.audience_size.name", "Audience size", "Omvang van het publiek"),
    m("factor.engagement.name", "Engagement", "Betrokkenheid"),
    m("factor.cost.name", "Cost and budget", "Kosten en budget"),
    m("factor.geography.name", "Audience geography", "Locatie van het publiek"),
    m("factor.reputation.name", "Reputation", "Reputatie"),
    m("factor.authenticity.name", "Authenticity and credibility", "Authenticiteit en geloofwaardigheid"),
    m("factor.niche.name", "Niche specialisation", "Nichespecialisatie"),
    m("factor.content.name", "Content creation", "Contentcreatie"),
    m("factor.objectives.name", "Campaign objectives", "Campagnedoelen"),

    // Shared by pages
    m("coming.back", "Back to the start page", "Terug naar de startpagina"),
    m("shared.title", "Shared campaign", "Gedeelde campagne"),
    m("not_found.title", "Page not found", "Pagina niet gevonden"),
    m("not_found.body", "There is no page at “{path}”.", "Er is geen pagina op “{path}”."),
}
