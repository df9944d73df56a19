//! Names and explanations for the engine's stable ids: tiers, platforms,
//! brief options, strategies, and the reasons behind each factor's lean.

use super::super::catalogue::{Message, m};

#[rustfmt::skip]
pub(in crate::i18n) static MESSAGES: &[Message] = &[
    // Reasons behind each factor's lean, and notes on the verdict (ids from micromacro_engine::ALL_REASON_KEYS)
    m("factor.audience_size.micro_swarm_reaches_more", "With this budget, a group of micro creators reaches more engaged people in your target region than one macro creator.", "Met dit budget bereikt een groep micro-influencers meer betrokken mensen in je doelgebied dan één macro-influencer."),
    m("factor.audience_size.macro_reaches_more", "With this budget, one macro creator reaches more engaged people in your target region than a group of micro creators.", "Met dit budget bereikt één macro-influencer meer betrokken mensen in je doelgebied dan een groep micro-influencers."),
    m("factor.audience_size.similar_reach", "With this budget, a group of micro creators and one macro creator reach about as many engaged people in your target region.", "Met dit budget bereiken een groep micro-influencers en één macro-influencer ongeveer evenveel betrokken mensen in je doelgebied."),
    m("factor.audience_size.macro_unaffordable", "Your budget does not cover even the cheapest macro creator on this platform, so only micro creators can bring you reach.", "Je budget is te klein voor zelfs de goedkoopste macro-influencer op dit platform, dus alleen micro-influencers kunnen je bereik opleveren."),
    m("factor.audience_size.micro_unaffordable", "Your budget does not cover a typical micro creator on this platform, so only a macro creator can bring you reach.", "Je budget is te klein voor een doorsnee micro-influencer op dit platform, dus alleen een macro-influencer kan je bereik opleveren."),
    m("factor.engagement.micro_rate_higher", "Micro creators engage a larger share of their followers than macro creators.", "Bij micro-influencers reageert een groter deel van de volgers dan bij macro-influencers."),
    m("factor.engagement.macro_rate_higher", "Macro creators engage a larger share of their followers than micro creators.", "Bij macro-influencers reageert een groter deel van de volgers dan bij micro-influencers."),
    m("factor.engagement.similar_rates", "Micro and macro creators engage about the same share of their followers.", "Bij micro- en macro-influencers reageert ongeveer een even groot deel van de volgers."),
    m("factor.cost.micro_cheaper", "Counting fees and management time, micro creators cost less per engaged person than macro creators.", "Met vergoedingen en beheertijd meegerekend kosten micro-influencers minder per betrokken persoon dan macro-influencers."),
    m("factor.cost.macro_cheaper", "Counting fees and management time, macro creators cost less per engaged person than micro creators.", "Met vergoedingen en beheertijd meegerekend kosten macro-influencers minder per betrokken persoon dan micro-influencers."),
    m("factor.cost.similar_cost", "Counting fees and management time, micro and macro creators cost about the same per engaged person.", "Met vergoedingen en beheertijd meegerekend kosten micro- en macro-influencers ongeveer evenveel per betrokken persoon."),
    m("factor.cost.micro_exceeds_capacity", "Spending this budget on micro creators would take more management hours than your team has available.", "Als je dit budget aan micro-influencers besteedt, kost het beheer meer uren dan je team beschikbaar heeft."),
    m("factor.cost.macro_unaffordable", "Your budget is below the fee of the cheapest macro creator on this platform, so micro creators are the only way to spend it.", "Je budget ligt onder het tarief van de goedkoopste macro-influencer op dit platform, dus je kunt het alleen aan micro-influencers besteden."),
    m("factor.cost.micro_unaffordable", "Your budget is below the fee of a typical micro creator on this platform, so a macro creator is the only way to spend it.", "Je budget ligt onder het tarief van een doorsnee micro-influencer op dit platform, dus je kunt het alleen aan een macro-influencer besteden."),
    m("factor.geography.local", "Your audience is in one city or region, where micro creators have strong local influence.", "Je publiek zit in één stad of regio, waar micro-influencers veel lokale invloed hebben."),
    m("factor.geography.national", "Your audience is in one country, which both micro and macro creators can cover well.", "Je publiek zit in één land, en dat kunnen micro- en macro-influencers allebei goed bestrijken."),
    m("factor.geography.international", "Your audience is spread over several countries, which suits the broad reach of macro creators.", "Je publiek zit verspreid over meerdere landen, en daar past het brede bereik van macro-influencers bij."),
    m("factor.reputation.low_tolerance", "Your brand can take little risk, and micro creators draw less scrutiny and backlash than big names.", "Je merk kan weinig risico aan, en micro-influencers trekken minder kritische blikken en ophef dan grote namen."),
    m("factor.reputation.medium_tolerance", "Your brand can accept some risk, so reputation does not favour either side.", "Je merk kan wel wat risico aan, dus reputatie wijst niet naar micro of macro."),
    m("factor.reputation.high_tolerance", "Your brand can absorb a controversy, so a macro creator's exposure is acceptable and their track record counts in their favour.", "Je merk kan een rel opvangen, dus de zichtbaarheid van een macro-influencer is acceptabel en een bewezen staat van dienst telt mee."),
    m("factor.reputation.flagged_macro_creators", "Relatively more of your macro creators than of your micro creators are marked as a brand risk.", "Van je macro-influencers is naar verhouding een groter deel gemarkeerd als merkrisico dan van je micro-influencers."),
    m("factor.reputation.flagged_micro_creators", "Relatively more of your micro creators than of your macro creators are marked as a brand risk.", "Van je micro-influencers is naar verhouding een groter deel gemarkeerd als merkrisico dan van je macro-influencers."),
    m("factor.authenticity.macro_more_fake", "Macro creators have a larger share of fake or inactive followers than micro creators.", "Macro-influencers hebben naar verhouding meer nepvolgers of inactieve volgers dan micro-influencers."),
    m("factor.authenticity.micro_more_fake", "Micro creators have a larger share of fake or inactive followers than macro creators.", "Micro-influencers hebben naar verhouding meer nepvolgers of inactieve volgers dan macro-influencers."),
    m("factor.authenticity.similar_fake", "Micro and macro creators have about the same share of fake or inactive followers.", "Micro- en macro-influencers hebben naar verhouding ongeveer evenveel nepvolgers of inactieve volgers."),
    m("factor.niche.deep", "Your niche is specialist, and micro creators go deep in one niche where macro creators stay general.", "Je niche is specialistisch, en micro-influencers gaan de diepte in waar macro-influencers algemeen blijven."),
    m("factor.niche.focused", "Your audience shares a clear but mainstream interest, which creators of either size can serve.", "Je publiek deelt een duidelijke maar gangbare interesse, en daar kunnen creators van elke omvang op inspelen."),
    m("factor.niche.broad", "Your audience has broad, general interests, which suit versatile macro creators.", "Je publiek heeft brede, algemene interesses, en daar passen veelzijdige macro-influencers bij."),
    m("factor.niche.micro_fit_higher", "Your micro creators fit your niche better than your macro creators.", "Je micro-influencers passen beter bij je niche dan je macro-influencers."),
    m("factor.niche.macro_fit_higher", "Your macro creators fit your niche better than your micro creators.", "Je macro-influencers passen beter bij je niche dan je micro-influencers."),
    m("factor.content.authentic", "You want personal, relatable content, which is what micro creators do best.", "Je wilt persoonlijke, herkenbare content, en daar zijn micro-influencers het sterkst in."),
    m("factor.content.balanced", "You have no strong preference for personal or polished content, so content does not favour either side.", "Je hebt geen sterke voorkeur voor persoonlijke of professionele content, dus content wijst niet naar micro of macro."),
    m("factor.content.polished", "You want polished, professional content with broad appeal, which is what macro creators do best.", "Je wilt professionele, verzorgde content die een breed publiek aanspreekt, en daar zijn macro-influencers het sterkst in."),
    m("factor.content.reusable_library", "You may reuse the posts, and many micro posts give you more material to reuse for the money than one macro post.", "Je mag de posts hergebruiken, en veel micro-posts leveren je voor hetzelfde geld meer herbruikbaar materiaal op dan één macro-post."),
    m("factor.objectives.awareness", "You want brand awareness, and macro creators put your name in front of a large audience fast.", "Je wilt naamsbekendheid, en macro-influencers brengen je naam snel bij een groot publiek."),
    m("factor.objectives.community", "You want to build a community, which grows from the close ties micro creators have with their followers.", "Je wilt een community opbouwen, en die groeit uit de hechte band die micro-influencers met hun volgers hebben."),
    m("factor.objectives.conversion", "You want conversions, and the trust micro creators enjoy in their niche tends to turn into clicks and sales.", "Je wilt conversie, en het vertrouwen dat micro-influencers in hun niche genieten leidt vaak tot klikken en verkopen."),
    m("factor.objectives.content", "You want content for your own channels, and a group of micro creators delivers a steady stream of it.", "Je wilt content voor je eigen kanalen, en een groep micro-influencers levert daar een gestage stroom van."),
    m("note.macro_unaffordable", "The factors point to macro creators or a mix, but your budget does not cover even the cheapest macro creator on this platform, so the advice is micro creators.", "De factoren wijzen naar macro-influencers of een mix, maar je budget is te klein voor zelfs de goedkoopste macro-influencer op dit platform, dus het advies is micro-influencers."),
    m("note.mix_unaffordable", "The factors point to a mix, but your budget cannot pay for a macro creator and a micro creator together, so the advice goes to the side the factors lean towards.", "De factoren wijzen naar een mix, maar je budget is niet genoeg voor een macro-influencer én een micro-influencer samen, dus het advies gaat naar de kant waar de factoren naartoe leunen."),

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

    // Strategies
    m("strategy.micro_swarm.name", "Micro swarm", "Microzwerm"),
    m("strategy.micro_swarm.help", "The budget pays for as many typical micro creators as it covers, one post each.", "Het budget gaat naar zoveel doorsnee micro-influencers als je ervan kunt betalen, elk voor één post."),
    m("strategy.single_macro.name", "One macro", "Eén macro"),
    m("strategy.single_macro.help", "The budget pays for one post by the largest macro creator it covers.", "Het budget gaat naar één post van de grootste macro-influencer die je ervan kunt betalen."),
    m("strategy.mix.name", "Mix", "Mix"),
    m("strategy.mix.help", "The budget is split: one part pays for a group of micro creators, the other for one macro creator.", "Het budget wordt verdeeld: het ene deel gaat naar een groep micro-influencers, het andere naar één macro-influencer."),

    // Verdicts in the planner
    m("verdict.micro.name", "Micro-influencers", "Micro-influencers"),
    m("verdict.micro.summary", "Spend the budget on several micro creators whose followers match your audience. Plan time to brief them, check their drafts and follow up.", "Besteed het budget aan meerdere micro-influencers van wie de volgers bij je doelgroep passen. Plan tijd in om ze te briefen, hun concepten te controleren en op te volgen."),
    m("verdict.macro.name", "Macro-influencers", "Macro-influencers"),
    m("verdict.macro.summary", "Spend the budget on one macro creator, or a few, for reach and one strong moment. Check their brand fit and reputation carefully before you sign.", "Besteed het budget aan één of enkele macro-influencers, voor bereik en één sterk moment. Controleer hun merkfit en reputatie goed voordat je tekent."),
    m("verdict.mix.name", "A mix of both", "Een mix van beide"),
    m("verdict.mix.summary", "Split the budget as suggested: one part for a macro creator who brings reach, the rest for micro creators who bring engagement and trust. You get one big moment and a steady stream of content after it.", "Verdeel het budget zoals voorgesteld: een deel voor een macro-influencer die bereik brengt, de rest voor micro-influencers die betrokkenheid en vertrouwen brengen. Zo krijg je één groot moment en daarna een gestage stroom content."),

    // What a factor's lean rests on
    m("basis.brief.name", "your brief", "je briefing"),
    m("basis.benchmarks.name", "benchmarks", "benchmarks"),
    m("basis.roster.name", "your creators", "je creators"),

    // Lean words
    m("lean.micro", "leans micro", "leunt naar micro"),
    m("lean.macro", "leans macro", "leunt naar macro"),
    m("lean.neutral", "neutral", "neutraal"),
];
