//! Names and explanations for the engine's stable ids: tiers, platforms,
//! brief options, strategies, verdicts and decision states. What each factor
//! did to a plan is in `engine_factors`.

use super::super::catalogue::section;

section! {

    // Tiers
    m("tier.nano.name", "Nano", "Nano"),
    m("tier.nano.range", "{from}–{to} followers", "{from}–{to} volgers"),
    m("tier.micro.name", "Micro", "Micro"),
    m("tier.micro.range", "{from}–{to} followers", "{from}–{to} volgers"),
    m("tier.macro.name", "Macro", "Macro"),
    m("tier.macro.range", "{from}–{to} followers", "{from}–{to} volgers"),
    m("tier.mega.name", "Mega", "Mega"),
    m("tier.mega.range", "{from} followers or more", "{from} volgers of meer"),

    // Platforms
    m("platform.instagram.name", "Instagram", "Instagram"),
    m("platform.tiktok.name", "TikTok", "TikTok"),
    m("platform.youtube.name", "YouTube", "YouTube"),

    // Objectives
    m("objective.awareness.name", "Brand awareness", "Naamsbekendheid"),
    m("objective.awareness.help", "Get your brand seen by as many people as possible, fast.", "Je merk snel onder de aandacht brengen van zoveel mogelijk mensen."),
    m("objective.community.name", "Community building", "Community opbouwen"),
    m("objective.community.help", "Build a group of loyal fans who keep coming back.", "Een groep trouwe fans opbouwen die blijft terugkomen."),
    m("objective.conversion.name", "Conversions", "Conversie"),
    m("objective.conversion.help", "Get people to click, use a discount code or buy.", "Mensen laten klikken, een kortingscode laten gebruiken of laten kopen."),
    m("objective.content.name", "Content to reuse", "Content om te hergebruiken"),
    m("objective.content.help", "Collect photos and videos to reuse in your own ads, on your site and in newsletters.", "Foto's en video's verzamelen om te hergebruiken in je eigen advertenties, op je site en in nieuwsbrieven."),

    // Countries
    m("country.nl.name", "Netherlands", "Nederland"),
    m("country.be.name", "Belgium", "België"),
    m("country.de.name", "Germany", "Duitsland"),
    m("country.fr.name", "France", "Frankrijk"),
    m("country.gb.name", "United Kingdom", "Verenigd Koninkrijk"),
    m("country.es.name", "Spain", "Spanje"),
    m("country.it.name", "Italy", "Italië"),
    m("country.us.name", "United States", "Verenigde Staten"),

    // Geography
    m("geo.local.name", "Local", "Lokaal"),
    m("geo.local.help", "Your customers are in one city or region.", "Je klanten zitten in één stad of regio."),
    m("geo.national.name", "National", "Landelijk"),
    m("geo.national.help", "Your customers are spread over one country.", "Je klanten zitten verspreid over één land."),
    m("geo.international.name", "International", "Internationaal"),
    m("geo.international.help", "Your customers are in several countries or all over the world.", "Je klanten zitten in meerdere landen of over de hele wereld."),

    // Niche depth
    m("niche.broad.name", "Broad", "Breed"),
    m("niche.broad.help", "A general audience: almost anyone could be interested.", "Een algemeen publiek: bijna iedereen kan interesse hebben."),
    m("niche.focused.name", "Focused", "Gericht"),
    m("niche.focused.help", "A clear but mainstream interest, such as running or cooking.", "Een duidelijke maar gangbare interesse, zoals hardlopen of koken."),
    m("niche.deep.name", "Specialist", "Specialistisch"),
    m("niche.deep.help", "A specialist niche whose audience knows the field, such as trail running or home brewing.", "Een specialistische niche met een publiek dat het vak kent, zoals trailrunnen of thuisbrouwen."),

    // Risk tolerance
    m("risk.low.name", "Low", "Laag"),
    m("risk.low.help", "A creator's controversy would seriously hurt your brand.", "Een rel rond een creator zou je merk flink schaden."),
    m("risk.medium.name", "Medium", "Gemiddeld"),
    m("risk.medium.help", "Some risk is acceptable: a creator's controversy would hurt, but not badly.", "Wat risico is acceptabel: een rel rond een creator zou pijn doen, maar niet veel."),
    m("risk.high.name", "High", "Hoog"),
    m("risk.high.help", "Your brand could absorb a creator's controversy.", "Je merk kan een rel rond een creator opvangen."),

    // Content style
    m("content_style.authentic.name", "Personal", "Persoonlijk"),
    m("content_style.authentic.help", "Personal, relatable content in the creator's own words.", "Persoonlijke, herkenbare content in de eigen woorden van de creator."),
    m("content_style.balanced.name", "No preference", "Geen voorkeur"),
    m("content_style.balanced.help", "Personal or professional: either works for this campaign.", "Persoonlijk of professioneel: voor deze campagne werkt allebei."),
    m("content_style.polished.name", "Professional", "Professioneel"),
    m("content_style.polished.help", "A polished production with broad appeal, in the brand's own look.", "Een verzorgde productie die een breed publiek aanspreekt, in de huisstijl van het merk."),

    // Strategies: the three plans of "the same budget, three ways"
    m("strategy.micro_side.name", "Micro side only", "Alleen micro"),
    m("strategy.micro_side.help", "The best plan with nano and micro creators only.", "Het beste plan met alleen nano- en micro-influencers."),
    m("strategy.macro_side.name", "Macro side only", "Alleen macro"),
    m("strategy.macro_side.help", "The best plan with macro and mega creators only.", "Het beste plan met alleen macro- en mega-influencers."),
    m("strategy.free.name", "Best plan", "Beste plan"),
    m("strategy.free.help", "The best plan from everyone in the pool; the recommendation is read from its split.", "Het beste plan uit iedereen in de pool; het advies volgt uit hoe dit plan het budget verdeelt."),

    // Uncertain assumptions (the ranges and the tornado)
    m("assumption.engagement.name", "Engagement rates", "Engagementrates"),
    m("assumption.engagement.source", "(Modash's average bands)", "(de gemiddelde banden van Modash)"),
    m("assumption.reach_rate.name", "Share of followers reached", "Deel van de volgers bereikt"),
    m("assumption.reach_rate.source", "(Minter.io 2019 against startmotionmedia 2024)", "(Minter.io 2019 tegenover startmotionmedia 2024)"),
    m("assumption.price.name", "Prices per post", "Prijzen per post"),
    m("assumption.price.source", "(±35 %, our assumption)", "(±35 %, onze aanname)"),
    m("assumption.conversion.name", "Conversion rates", "Conversieratio's"),
    m("assumption.conversion.source", "(±50 % around calcbee's, our assumption)", "(±50 % rond die van calcbee, onze aanname)"),
    m("assumption.fake_share.name", "Fake followers", "Nepvolgers"),
    m("assumption.fake_share.source", "(±50 %, our assumption)", "(±50 %, onze aanname)"),
    m("assumption.region_share.name", "Audience in the target region", "Publiek in de doelregio"),
    m("assumption.region_share.source", "(±25 %, our assumption)", "(±25 %, onze aanname)"),
    m("assumption.hours.name", "Team hours per creator", "Teamuren per creator"),
    m("assumption.hours.source", "(±50 %, our assumption)", "(±50 %, onze aanname)"),
    m("assumption.backlash.name", "Risk of a backlash", "Kans op ophef"),
    m("assumption.backlash.source", "(±50 %, our assumption)", "(±50 %, onze aanname)"),
    m("assumption.content_value.name", "Value of content", "Waarde van content"),
    m("assumption.content_value.source", "(±50 %, our assumption)", "(±50 %, onze aanname)"),
    m("assumption.universe.name", "People on the platform per country", "Mensen op het platform per land"),
    m("assumption.universe.source", "(±20 %: counts of different kinds, DataReportal 2025)", "(±20 %: tellingen van verschillende soort, DataReportal 2025)"),
    m("assumption.supply.name", "Creators per platform user", "Creators per platformgebruiker"),
    m("assumption.supply.source", "(0.04–0.12 %: I-Com 2024 and Kolsquare 2026)", "(0,04–0,12 %: I-Com 2024 en Kolsquare 2026)"),
    m("assumption.availability.name", "Creators open to a deal", "Creators die een deal willen"),
    m("assumption.availability.source", "(−50 % to +33 %, our assumption)", "(−50 % tot +33 %, onze aanname)"),

    // Verdicts in the planner
    m("verdict.micro.name", "Micro-influencers", "Micro-influencers"),
    m("verdict.micro.summary", "The best plan for this budget puts most of the money into nano and micro creators. Plan time to brief them, check their drafts and follow up.", "Het beste plan voor dit budget steekt het meeste geld in nano- en micro-influencers. Plan tijd in om ze te briefen, hun concepten te controleren en op te volgen."),
    m("verdict.macro.name", "Macro-influencers", "Macro-influencers"),
    m("verdict.macro.summary", "The best plan for this budget puts most of the money into macro or mega creators: fewer partnerships, each with a large audience. Check their brand fit and reputation carefully before you sign.", "Het beste plan voor dit budget steekt het meeste geld in macro- of mega-influencers: minder samenwerkingen, elk met een groot publiek. Controleer hun merkfit en reputatie goed voordat je tekent."),
    m("verdict.mix.name", "A mix of both", "Een mix van beide"),
    m("verdict.mix.summary", "The best plan for this budget combines both: macro creators for reach, micro creators for engagement and trust, in the split below.", "Het beste plan voor dit budget combineert beide: macro-influencers voor bereik, micro-influencers voor betrokkenheid en vertrouwen, in de verdeling hieronder."),


    // Lean words
    m("lean.micro", "leans micro", "leunt naar micro"),
    m("lean.macro", "leans macro", "leunt naar macro"),
    m("lean.neutral", "neutral", "neutraal"),
    m("lean.none", "no effect", "geen effect"),
    m("lean.inactive", "does not apply", "speelt niet"),
}
