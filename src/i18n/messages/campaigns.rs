//! Messages of saved campaigns: saving and sharing a plan, the list of saved
//! campaigns, and a plan opened from a link.

use super::super::catalogue::section;

section! {
    // The planner's toolbar
    m("toolbar.save", "Save in this browser", "Bewaar in deze browser"),
    m("toolbar.share", "Share as a link", "Deel als link"),
    m("toolbar.report", "Report", "Rapport"),
    m("toolbar.not_saved", "Not saved yet: this plan lives only in this page until you save it.", "Nog niet bewaard: dit plan bestaat alleen in deze pagina tot je het bewaart."),
    m("toolbar.saved", "Saved in this browser; changes are saved as you work.", "Bewaard in deze browser; wijzigingen worden bewaard terwijl je werkt."),
    m("toolbar.saved_at", "Saved in this browser at {time}; changes are saved as you work.", "Bewaard in deze browser om {time}; wijzigingen worden bewaard terwijl je werkt."),
    m("toolbar.save_failed", "The plan could not be saved in this browser ({reason}). It is still here on the page, and what was saved before is unchanged; share it as a link to keep it.", "Het plan kon niet in deze browser worden bewaard ({reason}). Het staat nog op de pagina en wat eerder bewaard was, is onveranderd; deel het als link om het te bewaren."),

    m("toolbar.conflict", "This campaign was changed in another tab or window since you opened it here. Replace that version with this one?", "Deze campagne is in een ander tabblad of venster gewijzigd sinds je hem hier opende. Die versie vervangen door deze?"),
    m("toolbar.conflict_kept", "Not saved: the version from the other tab was kept. Open the campaign again to see it.", "Niet bewaard: de versie uit het andere tabblad is bewaard gebleven. Open de campagne opnieuw om hem te zien."),
    m("toolbar.too_long", "This plan is too large to fit in a link. Save it in this browser instead, or share a plan with fewer creators.", "Dit plan is te groot voor een link. Bewaar het in deze browser, of deel een plan met minder creators."),

    // The list of saved campaigns
    m("campaigns.title", "Saved campaigns", "Opgeslagen campagnes"),
    m("campaigns.intro", "Campaigns you save stay in this browser, on this device. Nothing is sent anywhere.", "Campagnes die je bewaart blijven in deze browser, op dit apparaat. Er wordt niets verstuurd."),
    m("campaigns.empty", "No saved campaigns yet.", "Nog geen opgeslagen campagnes."),
    m("campaigns.untitled", "Untitled campaign", "Naamloze campagne"),
    m("campaigns.details", "Saved {time} · {creators} · budget {budget} {currency}", "Bewaard {time} · {creators} · budget {budget} {currency}"),
    m("campaigns.creators", "{n} creators", "{n} creators"),
    m("campaigns.creators_one", "1 creator", "1 creator"),
    m("campaigns.open", "Open", "Openen"),
    m("campaigns.rename", "Rename", "Hernoemen"),
    m("campaigns.new_name", "New name", "Nieuwe naam"),
    m("campaigns.rename_save", "Save name", "Naam bewaren"),
    m("campaigns.duplicate", "Duplicate", "Dupliceren"),
    m("campaigns.copy_name", "{name} (copy)", "{name} (kopie)"),
    m("campaigns.delete", "Delete", "Verwijderen"),
    m("campaigns.deleted", "“{name}” was deleted.", "“{name}” is verwijderd."),
    m("campaigns.undo", "Undo", "Ongedaan maken"),
    m("campaigns.failed", "That did not work: the browser refused ({reason}). Nothing that was saved has changed.", "Dat lukte niet: de browser weigerde ({reason}). Niets van wat bewaard was, is veranderd."),
    m("campaigns.unavailable", "Saved campaigns cannot be read in this browser ({reason}). Private windows and some settings block storage.", "Opgeslagen campagnes kunnen in deze browser niet worden gelezen ({reason}). Privévensters en sommige instellingen blokkeren opslag."),
    m("campaigns.unreadable", "{n} saved item(s) could not be read: damaged, or saved by a newer version. They were left untouched in this browser; your other campaigns are below.", "{n} bewaard(e) item(s) kon(den) niet worden gelezen: beschadigd, of bewaard door een nieuwere versie. Ze zijn onaangeroerd gelaten in deze browser; je andere campagnes staan hieronder."),
    m("campaigns.missing", "This campaign is not saved in this browser (it may have been deleted, or saved on another device). Here is a new plan instead.", "Deze campagne is niet in deze browser bewaard (misschien verwijderd, of bewaard op een ander apparaat). Hier is in plaats daarvan een nieuw plan."),

    m("campaigns.export", "Export all as a file", "Alles exporteren als bestand"),
    m("campaigns.import", "Import from a file", "Importeren uit een bestand"),
    m("campaigns.import_refused", "That file was not imported: {reason}. Nothing was changed.", "Dat bestand is niet geïmporteerd: {reason}. Er is niets veranderd."),
    m("campaigns.import_done", "Imported {imported}; {duplicates} already here (skipped); {rejected} could not be read.", "{imported} geïmporteerd; {duplicates} stond(en) er al (overgeslagen); {rejected} kon(den) niet worden gelezen."),
    m("campaigns.import_rejected", "Entry {n}: {reason}", "Item {n}: {reason}"),

    // A plan opened from a link
    m("shared.plan.notice", "This plan was shared with you. Change it as you like; it is only kept if you save a copy in this browser.", "Dit plan is met je gedeeld. Pas het gerust aan; het wordt alleen bewaard als je een kopie in deze browser bewaart."),
    m("shared.save_copy", "Save a copy", "Bewaar een kopie"),
}
