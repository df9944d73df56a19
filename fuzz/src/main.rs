//! Drives every decoder that reads text from outside the app through generated and mutated
//! inputs, and fails on the first panic or on an input that makes a decoder use too much
//! memory.
//!
//!     cargo run -p micromacro-fuzz --release -- [INPUTS] [SEED]
//!
//! What it feeds (each input goes to one target, round robin):
//! - share links: the link text itself (`link::open`, then the campaign or checklist
//!   decoder), and valid envelopes around mutated JSON (so the JSON decoders are reached
//!   past the deflate and base64 layers);
//! - backups (`backup::import`) and saved-campaign records (`saved_campaigns::decode`);
//! - roster files (`roster::import`), seeded with the import fixtures;
//! - the creator library's records and snapshot (`format::library`), merged into a library.
//!
//! Seeds are real outputs of the app's own encoders and the roster fixtures; mutations are
//! the usual ones (flip, replace, insert, delete, duplicate a span, splice two seeds, insert
//! tokens that decoders treat specially). The generator is a seeded xorshift, so a run is
//! repeatable: a failure prints its seed, its input number and the input.
//!
//! Invariants checked: no decoder panics; no input makes the live heap grow by more than
//! [`MEMORY_LIMIT`] (the link, backup and roster caps are meant to bound it).

use std::alloc::{GlobalAlloc, Layout, System};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use micromacro::i18n::Lang;
use micromacro::plan::{CreatorInput, PlanInput};
use micromacro::roster;
use micromacro::share::codec::{self, Kind};
use micromacro::share::{campaign_link, checklist_link, link};
use micromacro::storage::{backup, saved_campaigns};
use micromacro_engine::{Answer, Brief, Checklist, Platform, QUESTIONS};

/// The most one input may add to the live heap while it is decoded.
const MEMORY_LIMIT: usize = 64 * 1024 * 1024;
/// Inputs grow by insertion and splicing; beyond this they are cut back.
const MAX_INPUT: usize = 64 * 1024;

/// Counts live heap bytes and their peak, so a decoder's memory use is measured, not guessed.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let moved = unsafe { System.realloc(ptr, layout, new_size) };
        if !moved.is_null() {
            if new_size >= layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed)
                    + (new_size - layout.size());
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A small, fast, seeded generator (xorshift64*): the same seed gives the same run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Where an input goes.
#[derive(Clone, Copy, Debug)]
enum Target {
    /// The text after `#/s/`.
    LinkText,
    /// A valid envelope around mutated JSON of a campaign or checklist link.
    LinkJson(Kind),
    /// A backup file.
    Backup,
    /// One saved-campaign record.
    Record,
    /// A roster file.
    Roster,
    /// A creator of the library, or the library's snapshot, as the browser's database keeps
    /// them (read back into a library, so the merge runs on what they give).
    Library,
    /// A results file.
    Results,
    /// Decimal text, read by `num::parse_f64` and by std, which must agree (differential).
    Float,
    /// JSON text, read and written by `json` and by serde_json, which must agree
    /// (differential).
    Json,
}

const TARGETS: [Target; 10] = [
    Target::LinkText,
    Target::LinkJson(Kind::Campaign),
    Target::LinkJson(Kind::ChecklistResult),
    Target::Backup,
    Target::Record,
    Target::Roster,
    Target::Library,
    Target::Results,
    Target::Float,
    Target::Json,
];

/// Texts that decoders treat specially, inserted whole.
const TOKENS: &[&str] = &[
    "\"",
    ",",
    ";",
    "\t",
    "\r\n",
    "\n",
    "{",
    "}",
    "[",
    "]",
    ":",
    "null",
    "true",
    "-1",
    "0",
    "1e308",
    "-1e308",
    "NaN",
    "18446744073709551616",
    "9999999999999999999999",
    "\"v\":2",
    "\"v\":1",
    "\u{feff}",
    "€",
    "1.250,00",
    "42.9k",
    "1,2 mln",
    "11,85 %",
    "@",
    "https://",
    "=cmd|' /C calc'!A0",
    "c1.",
    "k1.",
    "c9.",
    "\\u0000",
    "\u{0}",
    "%",
    "k",
    "M",
    "mln",
];

fn seeds(target: Target) -> Vec<Vec<u8>> {
    let plan = sample_plan();
    match target {
        Target::LinkText => vec![
            campaign_link::encode(&plan).into_bytes(),
            checklist_link::encode(&sample_checklist()).into_bytes(),
        ],
        Target::LinkJson(Kind::Campaign) => {
            vec![link_json(&campaign_link::encode(&plan))]
        }
        Target::LinkJson(Kind::ChecklistResult) => {
            vec![link_json(&checklist_link::encode(&sample_checklist()))]
        }
        Target::Backup => {
            vec![
                backup::export(
                    &[saved(plan.clone(), "a"), saved(plan, "b")],
                    &roster::sample(3, 5),
                    true,
                    1.0e12,
                )
                .into_bytes(),
            ]
        }
        Target::Record => vec![saved_campaigns::encode(&saved(plan, "c")).into_bytes()],
        Target::Library => {
            let creators = roster::sample(4, 9);
            let mut seeds: Vec<Vec<u8>> = creators
                .iter()
                .map(|c| micromacro::format::library::to_json(c).into_bytes())
                .collect();
            seeds.push(micromacro::format::library::snapshot_to_json(&creators).into_bytes());
            seeds.push(micromacro::format::library::snapshot_to_text(&creators).into_bytes());
            seeds
        }
        Target::Roster => {
            let mut files: Vec<Vec<u8>> = [
                &include_bytes!("../../tests/fixtures/roster/modash.csv")[..],
                include_bytes!("../../tests/fixtures/roster/hypeauditor.csv"),
                include_bytes!("../../tests/fixtures/roster/dutch_excel.csv"),
                include_bytes!("../../tests/fixtures/roster/tabs.tsv"),
                include_bytes!("../../tests/fixtures/roster/quoted.csv"),
                include_bytes!("../../tests/fixtures/roster/broken.csv"),
            ]
            .iter()
            .map(|f| f.to_vec())
            .collect();
            let creators = roster::sample(40, 7);
            files.push(roster::roster_to_csv(Lang::Nl, &creators).into_bytes());
            files.push(roster::roster_to_csv(Lang::En, &creators).into_bytes());
            files
        }
        Target::Results => vec![
            b"Post ID,Account username,Reach,Impressions,Likes,Comments,Saves,Shares\n1,anna,4000,6000,300,20,10,5\n2,@Anna,3000,4500,200,10,5,5\n".to_vec(),
            "Naam;Geleverde posts;Betaald;Bereik;Interacties;Klikken;Bestellingen;Omzet\n@anna;2;€ 1.250,-;12.000;800;150;12;$ 540,50\n".as_bytes().to_vec(),
        ],
        Target::Float => [
            "0", "-0", "1.5", "0.1", "123456789012345678901234567890", "1e308",
            "2.2250738585072014e-308", "4.9e-324", "1e-400", "9007199254740993",
            "0.30000000000000004", "1.7976931348623157e308", "2.47032822920623272e-324", "+.5e+3",
            "7.", "00012.50E-2",
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect(),
        Target::Json => vec![
            saved_campaigns::encode(&saved(plan, "j")).into_bytes(),
            br#"{"a":[1,-0.0,1e-7,12345678901234567890,"\u00e9\ud83d\ude00",true,null,{"b":{}}],"c":"x\"y"}"#.to_vec(),
        ],
    }
}

/// The JSON inside a link the app made.
fn link_json(payload: &str) -> Vec<u8> {
    let envelope = link::open(payload).expect("the app's own link opens");
    envelope.json.into_bytes()
}

fn sample_plan() -> PlanInput {
    let mut plan = PlanInput::from_brief(&Brief::default(), Lang::Nl);
    plan.name = "Voorjaarscampagne \"test\"".to_owned();
    for (i, (followers, engagement, price)) in [
        ("12500", "4,5", "250"),
        ("480000", "1,2", "6000"),
        ("42900", "", ""),
    ]
    .into_iter()
    .enumerate()
    {
        let mut row = CreatorInput::blank(i as u64 + 1, Platform::Instagram);
        row.name = format!("@creator_{i}");
        row.followers = followers.to_owned();
        row.engagement_percent = engagement.to_owned();
        row.price = price.to_owned();
        plan.creators.push(row);
    }
    plan
}

fn sample_checklist() -> Checklist {
    let mut checklist = Checklist::new();
    for (i, question) in QUESTIONS.iter().enumerate().take(9) {
        let answer = if i % 3 == 0 { Answer::A } else { Answer::B };
        checklist
            .answer(question.id, answer)
            .expect("a known question");
    }
    checklist
}

fn saved(plan: PlanInput, id: &str) -> saved_campaigns::SavedCampaign {
    saved_campaigns::SavedCampaign {
        id: id.to_owned(),
        updated_ms: 1.7e12,
        plan,
    }
}

/// One mutation (or a few) of `input`, possibly spliced with `other`.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, other: &[u8]) {
    for _ in 0..=rng.below(4) {
        let len = input.len();
        match rng.below(8) {
            0 if len > 0 => {
                let at = rng.below(len);
                input[at] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let at = rng.below(len);
                input[at] = rng.next() as u8;
            }
            2 => {
                let at = rng.below(len + 1);
                input.insert(at, rng.next() as u8);
            }
            3 if len > 0 => {
                let from = rng.below(len);
                let to = (from + 1 + rng.below(16)).min(len);
                input.drain(from..to);
            }
            4 if len > 0 => {
                // Duplicate a span: repeated rows, nested brackets, long numbers.
                let from = rng.below(len);
                let to = (from + 1 + rng.below(64)).min(len);
                let span = input[from..to].to_vec();
                let at = rng.below(len + 1);
                input.splice(at..at, span.iter().copied());
            }
            5 if !other.is_empty() => {
                let cut = rng.below(len + 1);
                let from = rng.below(other.len());
                input.truncate(cut);
                input.extend_from_slice(&other[from..]);
            }
            6 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let at = rng.below(len + 1);
                input.splice(at..at, token.iter().copied());
            }
            _ if len > 0 => input.truncate(rng.below(len)),
            _ => {}
        }
    }
    input.truncate(MAX_INPUT);
}

/// Feeds one input to its decoder; the result is dropped (only panics and memory matter).
fn run(target: Target, input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    match target {
        Target::LinkText => open_link(&text),
        Target::LinkJson(kind) => {
            open_link(&codec::encode(kind, link::newest_version(kind), &text))
        }
        Target::Backup => {
            let mut n = 0;
            let _ = backup::import(&text, &[], Lang::En, || {
                n += 1;
                format!("new-{n}")
            });
        }
        Target::Record => {
            let _ = saved_campaigns::decode(&text, Lang::Nl);
        }
        Target::Roster => {
            let _ = roster::import::import(input);
        }
        Target::Library => {
            use micromacro::format::library::{from_json, snapshot_from_text, snapshot_to_text};
            let mut creators = snapshot_from_text(&text).unwrap_or_default();
            // What reads writes back to what reads the same.
            assert_eq!(
                snapshot_from_text(&snapshot_to_text(&creators)).as_ref(),
                Ok(&creators)
            );
            creators.extend(from_json(&text));
            let mut library = micromacro::library::Library::default();
            let _ = library.merge(creators, Platform::Instagram);
        }
        Target::Results => {
            let rate = micromacro_engine::ExchangeRate { usd_per_eur: 1.1 };
            let _ =
                micromacro::results::import_results(input, micromacro_engine::Currency::Eur, rate);
        }
        Target::Float => float_against_std(&text),
        Target::Json => json_against_serde(&text),
    }
}

/// The app's float reader against std's: wherever the app reads a number it is std's, to the
/// bit; it refuses only what its grammar leaves out (std's `inf`, `NaN` and the like); and
/// what it writes reads back as the same number, as std writes it below 2^53.
fn float_against_std(text: &str) {
    let ours = micromacro::num::parse_f64(text);
    let std = text.parse::<f64>().ok();
    match ours {
        Some(x) => assert_eq!(Some(x.to_bits()), std.map(f64::to_bits), "{text:?}"),
        None => assert!(
            std.is_none_or(|v| !v.is_finite()
                || text
                    .bytes()
                    .any(|b| b.is_ascii_alphabetic() && !matches!(b, b'e' | b'E'))),
            "std reads {text:?} as {std:?}, the app refuses it"
        ),
    }
    if let Some(x) = std.filter(|x| x.is_finite()) {
        let written = micromacro::num::plain(x);
        assert_eq!(
            micromacro::num::parse_f64(&written),
            Some(x + 0.0),
            "{x:e} as {written}"
        );
        if x.abs() < 9_007_199_254_740_992.0 && x != 0.0 {
            assert_eq!(written, x.to_string(), "{x:e}");
        }
    }
}

/// The app's JSON codec against serde_json: what the app reads, serde reads as the same value;
/// what the app writes, serde reads back as that value; and a text serde reads that the app
/// refuses must be one of its documented refusals (nesting past its depth, a key twice, a
/// number beyond an `f64`), checked by giving the app serde's own writing of the value.
fn json_against_serde(text: &str) {
    use micromacro::json;
    let theirs = serde_json::from_str::<serde_json::Value>(text).ok();
    match json::parse(text) {
        Ok(ours) => {
            let theirs =
                theirs.unwrap_or_else(|| panic!("the app reads {text:?}, serde_json does not"));
            assert!(same(&ours, &theirs), "{text:?}: {theirs}");
            let written = json::to_string(&ours);
            let back: serde_json::Value =
                serde_json::from_str(&written).expect("the app's JSON reads");
            assert!(same(&ours, &back), "{written}");
        }
        Err(_) => {
            if let Some(theirs) = theirs
                && depth(&theirs) <= json::MAX_DEPTH
                && !has_huge_number(&theirs)
            {
                let plain = serde_json::to_string(&theirs).expect("serde writes its own value");
                assert!(
                    json::parse(&plain).is_ok(),
                    "the app refuses {plain:?}, serde_json reads it"
                );
            }
        }
    }
}

fn same(ours: &micromacro::json::Value<'_>, theirs: &serde_json::Value) -> bool {
    use micromacro::json::Value as V;
    match (ours, theirs) {
        (V::Null, serde_json::Value::Null) => true,
        (V::Bool(a), serde_json::Value::Bool(b)) => a == b,
        (V::Number(a), serde_json::Value::Number(b)) => b.as_f64().is_some_and(|b| b == a.as_f64()),
        (V::String(a), serde_json::Value::String(b)) => a == b,
        (V::Array(a), serde_json::Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (V::Object(a), serde_json::Value::Object(b)) => {
            a.0.len() == b.len()
                && a.0
                    .iter()
                    .zip(b)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => false,
    }
}

fn depth(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        serde_json::Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

fn has_huge_number(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Number(n) => n.as_f64().is_none_or(|f| !f.is_finite()),
        serde_json::Value::Array(a) => a.iter().any(has_huge_number),
        serde_json::Value::Object(o) => o.values().any(has_huge_number),
        _ => false,
    }
}

fn open_link(payload: &str) {
    if let Ok(envelope) = link::open(payload) {
        match envelope.kind {
            Kind::Campaign => {
                let _ = campaign_link::decode(&envelope, Lang::En);
            }
            Kind::ChecklistResult => {
                let _ = checklist_link::decode(&envelope);
            }
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let inputs: u64 = args.next().map_or(1_000_000, |a| {
        a.replace('_', "").parse().expect("INPUTS is a number")
    });
    let seed: u64 = args
        .next()
        .map_or(0x5eed_cafe, |a| a.parse().expect("SEED is a number"));
    let mut rng = Rng(seed | 1);
    let corpora: Vec<(Target, Vec<Vec<u8>>)> = TARGETS.iter().map(|&t| (t, seeds(t))).collect();
    // A panic is a finding: report it here, with its input, instead of the default message.
    panic::set_hook(Box::new(|_| {}));
    let started = Instant::now();
    let mut bytes = 0_u64;
    let mut worst = 0_usize;
    for n in 0..inputs {
        let (target, corpus) = &corpora[(n % corpora.len() as u64) as usize];
        let mut input = corpus[rng.below(corpus.len())].clone();
        let other = &corpus[rng.below(corpus.len())];
        mutate(&mut rng, &mut input, other);
        bytes += input.len() as u64;
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| run(*target, &input)));
        let grew = PEAK.load(Ordering::Relaxed).saturating_sub(before);
        worst = worst.max(grew);
        if outcome.is_err() || grew > MEMORY_LIMIT {
            let why = if outcome.is_err() {
                "panicked"
            } else {
                "used too much memory"
            };
            eprintln!(
                "fuzz: {target:?} {why} on input {n} of seed {seed} ({grew} bytes of heap):\n{}",
                String::from_utf8_lossy(&input).escape_debug()
            );
            std::process::exit(1);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "fuzz: {inputs} inputs ({:.1} MB) through {} targets in {seconds:.1} s: {:.0} inputs/s, \
         no panic, at most {:.1} MB of heap per input (limit {} MB)",
        bytes as f64 / 1e6,
        TARGETS.len(),
        inputs as f64 / seconds,
        worst as f64 / 1e6,
        MEMORY_LIMIT / (1024 * 1024),
    );
}
