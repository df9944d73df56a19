//! Messages of share links: making one, and opening one.

use super::super::catalogue::section;

section! {
    // Making a link
    m("share.button", "Share this result", "Deel deze uitkomst"),
    m("share.url_label", "Link to share", "Link om te delen"),
    m("share.copy", "Copy link", "Kopieer link"),
    m("share.copied", "The link is on your clipboard.", "De link staat op je klembord."),
    m("share.copy_failed", "Copying was not allowed here; select the link above and copy it yourself.", "Kopiëren mocht hier niet; selecteer de link hierboven en kopieer hem zelf."),
    m("share.private", "Everything is in the link itself, after the #. Browsers never send that part to a server.", "Alles zit in de link zelf, na de #. Browsers sturen dat deel nooit naar een server."),

    // Opening a link
    m("report.eyebrow", "Micro·Macro campaign report", "Micro·Macro campagnerapport"),
    m("report.meta", "Made on {date}. Every figure is recomputed from the campaign's inputs and the benchmarks below.", "Gemaakt op {date}. Elk cijfer is opnieuw berekend uit de invoer van de campagne en de benchmarks hieronder."),
    m("report.headline", "The best plan reaches a value of {value} ({unit}) and {reach} people in the target region, for {spent} of the {budget} budget.", "Het beste plan haalt een waarde van {value} ({unit}) en {reach} mensen in de doelregio, voor {spent} van het budget van {budget}."),
    m("report.count", "Number", "Aantal"),
    m("report.assumptions", "Assumptions and sources", "Aannames en bronnen"),
    m("report.assumptions_intro", "The figures rest on these published benchmarks and on our own assumptions, each named in the planner's benchmarks panel; {edits} values were changed by hand.", "De cijfers rusten op deze gepubliceerde benchmarks en op onze eigen aannames, elk met naam in het benchmarkpaneel van de planner; {edits} waarden zijn met de hand aangepast."),
    m("report.assumptions_ours", "Micro·Macro's own assumptions, each explained in the planner", "Eigen aannames van Micro·Macro, elk uitgelegd in de planner"),
    m("report.link", "Open this plan:", "Open dit plan:"),
    m("report.print", "Print or save as PDF", "Afdrukken of opslaan als pdf"),
    m("report.intro", "This page sets out a campaign plan as a report on A4 pages: the recommendation and its reasons, who the best plan hires, the three plans side by side, the charts, and every assumption with its source. Print it, or save it as a PDF, to hand to a client. It is worked out in your browser; nothing is sent to a server.", "Deze pagina zet een campagneplan als rapport op A4-pagina's: het advies en de redenen, wie het beste plan inhuurt, de drie plannen naast elkaar, de grafieken en elke aanname met haar bron. Druk het af, of bewaar het als pdf, om aan een klant te geven. Het wordt in je browser berekend; er gaat niets naar een server."),
    // Only in index.html's skeleton, while the wasm loads (tests/skeleton.rs keeps it equal).
    m("report.loading", "Preparing the report…", "Het rapport wordt voorbereid…"),
    m("report.nothing", "There is no plan to report on yet. Open the planner and choose 'Report'.", "Er is nog geen plan om over te rapporteren. Open de planner en kies 'Rapport'."),
    m("report.invalid", "This plan's brief does not read (a field has an error), so there is no report yet. Fix it in the planner.", "De briefing van dit plan klopt niet (een veld heeft een fout), dus er is nog geen rapport. Herstel het in de planner."),
    m("client.eyebrow", "A campaign plan shared with you", "Een campagneplan dat met je gedeeld is"),
    m("client.untitled", "A shared campaign plan", "Een gedeeld campagneplan"),
    // Only in index.html's skeleton, while the wasm loads (tests/skeleton.rs keeps it equal).
    m("client.intro", "Someone planned this campaign with Micro·Macro and sent it to you. The plan is worked out in your browser from this link; nothing goes to a server. Further down you can change any figure and keep your own copy.", "Iemand heeft deze campagne met Micro·Macro gepland en naar je gestuurd. Het plan wordt in je browser uit deze link berekend; er gaat niets naar een server. Verderop kun je elk cijfer aanpassen en een eigen kopie bewaren."),
    m("client.loading", "Working out the plan in your browser…", "Het plan wordt in je browser uitgerekend…"),
    m("client.verdict", "For this budget: {verdict} — the best plan the optimiser finds spends {share} of it on micro creators.", "Voor dit budget: {verdict} — het beste plan dat de optimalisatie vindt, besteedt {share} ervan aan micro-influencers."),
    m("client.figures", "The plan hires {creators} creators for {spent} (budget {budget}), reaching {reach} people in the target region, of whom {engaged} engage.", "Het plan huurt {creators} creators in voor {spent} (budget {budget}) en bereikt {reach} mensen in de doelregio, van wie {engaged} reageren."),
    m("client.plan", "Who the plan hires", "Wie het plan inhuurt"),
    m("client.plan_empty", "This plan names no creators yet.", "Dit plan noemt nog geen creators."),
    m("client.advice", "The advice", "Het advies"),
    m("client.gap", "The best plan the optimiser finds for this budget is worth {gain} more than this plan.", "Het beste plan dat de optimalisatie voor dit budget vindt, is {gain} meer waard dan dit plan."),
    m("client.gap.over", "This plan spends more than the budget. Within the budget, the best plan the optimiser finds is worth {share} of this one.", "Dit plan besteedt meer dan het budget. Binnen het budget is het beste plan dat de optimalisatie vindt {share} van dit plan waard."),
    m("client.ranges", "Over {n} plausible worlds drawn from the benchmarks' ranges, the plan reaches {low} to {high} people in the target region (P10–P90).", "Over {n} aannemelijke werelden uit de bandbreedtes van de benchmarks bereikt het plan {low} tot {high} mensen in de doelregio (P10–P90)."),
    m("client.gap.none", "No plan the optimiser finds for this budget is worth more than this one.", "De optimalisatie vindt voor dit budget geen plan dat meer waard is dan dit."),
    m("client.edit", "Edit a copy", "Bewerk een kopie"),
    m("client.editor", "The plan in full, to change and save as your own", "Het volledige plan, om aan te passen en als eigen versie te bewaren"),
    m("shared.result.title", "A shared checklist result", "Een gedeelde checklistuitkomst"),
    m("shared.result.intro", "Someone played the checklist game and shared the outcome with you. This is where their answers point.", "Iemand speelde het checklistspel en deelde de uitkomst met je. Hierheen wijzen die antwoorden."),
    m("shared.play_yourself", "Play it yourself", "Speel het zelf"),
    m("shared.keep", "Keep as my result", "Bewaar als mijn uitkomst"),
    m("shared.keep_confirm", "Replace your own checklist answers in this browser with these?", "Je eigen checklistantwoorden in deze browser vervangen door deze?"),
    m("shared.kept", "Kept: the checklist now shows this result.", "Bewaard: de checklist toont nu deze uitkomst."),
    m("shared.error.title", "This link could not be opened", "Deze link kon niet worden geopend"),
    m("shared.error.empty", "The link holds no data after “#/s/”. Ask the sender for the whole link.", "De link bevat geen gegevens na “#/s/”. Vraag de afzender om de hele link."),
    m("shared.error.too_long", "The link is longer than a Micro·Macro link can be ({len} characters; at most {max}).", "De link is langer dan een Micro·Macro-link kan zijn ({len} tekens; hooguit {max})."),
    m("shared.error.unrecognised", "This is not a Micro·Macro share link. Check that it was copied in full.", "Dit is geen deellink van Micro·Macro. Controleer of hij helemaal is gekopieerd."),
    m("shared.error.future", "This link was made with a newer version of Micro·Macro than this page. Reload the page; if that does not help, ask the sender for a new link.", "Deze link is gemaakt met een nieuwere versie van Micro·Macro dan deze pagina. Laad de pagina opnieuw; helpt dat niet, vraag de afzender dan om een nieuwe link."),
    m("shared.error.damaged", "The link is damaged or incomplete: part of it was probably cut off on the way. Ask the sender to send it again.", "De link is beschadigd of onvolledig: waarschijnlijk is er onderweg een stuk afgevallen. Vraag de afzender hem opnieuw te sturen."),
    m("shared.error.too_large", "The link holds more data than Micro·Macro accepts, so it was not opened.", "De link bevat meer gegevens dan Micro·Macro accepteert, dus hij is niet geopend."),
    m("shared.error.nothing_changed", "Nothing was changed: your own answers and saved work are as they were.", "Er is niets veranderd: je eigen antwoorden en bewaarde werk zijn zoals ze waren."),
}
