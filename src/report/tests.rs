use super::md::{escape, iso_date, table, Flow};
use super::numbers::{number, percent};
use super::*;
use crate::plan::examples;

fn inline(s: &str) -> String {
    escape(s, Flow::Item)
}

#[test]
fn inline_markup_is_escaped_everywhere() {
    assert_eq!(inline("a*b*c"), r"a\*b\*c");
    assert_eq!(inline("snake_case and `code`"), r"snake\_case and \`code\`");
    assert_eq!(inline("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
    assert_eq!(inline("![img](http://e.x/a.png)"), r"!\[img\](http://e.x/a.png)");
    assert_eq!(inline("<script>alert(1)</script>"), r"\<script>alert(1)\</script>");
    assert_eq!(inline("a | b"), r"a \| b");
    assert_eq!(inline(r"back\slash"), r"back\\slash");
    assert_eq!(inline("1~5점, 3~4점"), r"1\~5점, 3\~4점");
    assert_eq!(inline("$5 and $10"), r"\$5 and \$10");
    assert_eq!(inline("&lt; &#60; AT&T & co"), r"\&lt; \&#60; AT\&T & co");
}

#[test]
fn line_starts_cannot_open_blocks() {
    assert_eq!(inline("# heading"), r"\# heading");
    assert_eq!(inline("> quote"), r"\> quote");
    assert_eq!(inline("- item"), r"\- item");
    assert_eq!(inline("+ item"), r"\+ item");
    assert_eq!(inline("==="), r"\===");
    assert_eq!(inline("---"), r"\---");
    assert_eq!(inline("1. first"), r"1\. first");
    assert_eq!(inline("12) twelfth"), r"12\) twelfth");
    assert_eq!(inline("2024."), r"2024\.");
    assert_eq!(inline("    indented code"), "indented code");
    // Only at the start: the same characters mid-line are plain text.
    assert_eq!(inline("a - b > c + d = e"), "a - b > c + d = e");
    assert_eq!(inline("1.5 million"), "1.5 million");
    assert_eq!(inline("C# and F#"), "C# and F#");
    assert_eq!(inline("Title #"), r"Title \#");
}

#[test]
fn line_breaks_follow_the_flow() {
    let text = "first\r\n# second\n\n  - third\tend\u{0007}";
    assert_eq!(escape(text, Flow::Item), r"first / \# second / \- third end");
    assert_eq!(escape(text, Flow::Cell), r"first / \# second / - third end");
    assert_eq!(escape("1. Problem", Flow::Cell), "1. Problem");
    assert_eq!(escape(text, Flow::Block), "first\n\n\\# second\n\n\\- third end");
    assert_eq!(escape(" \n\t\n", Flow::Block), "");
}

#[test]
fn a_hostile_title_stays_inert_text() {
    let mut plan = Plan::new("x", "# | * [x](javascript:alert(1)) <script>alert(1)</script>", 0);
    plan.problem.statement = "> quoted\n1. listed\n<img src=x onerror=alert(1)>".into();
    plan.goals.objectives.push(crate::plan::Objective { name: "a|b\nc".into(), ..Default::default() });
    let out = markdown(&plan, Lang::En);
    let first = out.lines().next().unwrap();
    assert_eq!(first, r"# \# \| \* \[x\](javascript:alert(1)) \<script>alert(1)\</script>");
    assert!(out.contains("**Problem statement:** \\> quoted\n\n1\\. listed\n\n\\<img src=x onerror=alert(1)>\n"));
    assert!(out.contains(r"| a\|b / c | — |"), "a pipe cannot split a cell");
    // No bracket or angle bracket anywhere in the report is left unescaped.
    let chars: Vec<char> = out.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '<' | '[' | ']') {
            assert_eq!(chars[i - 1], '\\', "unescaped {c} at {i}");
        }
    }
}

#[test]
fn tables_escape_cells_and_mark_blanks() {
    let t = table(&["A", "B|C"], &[vec!["x*".into(), " ".into()]]);
    assert_eq!(t, "| A | B\\|C |\n|---|---|\n| x\\* | — |\n");
}

#[test]
fn numbers_read_like_people_write_them() {
    assert_eq!(number(6_000_000.0), "6,000,000");
    assert_eq!(number(2100.0), "2,100");
    assert_eq!(number(0.7), "0.7");
    assert_eq!(number(0.005), "0.005");
    assert_eq!(number(-1234.5), "-1,234.5");
    assert_eq!(number(-0.00001), "0");
    assert_eq!(number(f64::NAN), "—");
    assert_eq!(percent(0.02), "2%");
    assert_eq!(percent(0.955), "95.5%");
}

#[test]
fn dates_are_utc_calendar_days() {
    assert_eq!(iso_date(examples::EXAMPLE_UPDATED_MS), "2025-01-01");
    assert_eq!(iso_date(0), "1970-01-01");
    assert_eq!(iso_date(951_782_400_000), "2000-02-29");
    assert_eq!(iso_date(1_709_251_199_999), "2024-02-29");
    assert_eq!(iso_date(4_102_444_800_000), "2100-01-01");
}

#[test]
fn file_names_are_safe_stems() {
    let named = |title: &str, id: &str| report_file_name(&Plan::new(id, title, 0));
    assert_eq!(named("Home feed ranking for a community app", "x"), "Home-feed-ranking-for-a-community-app.md");
    assert_eq!(named("커뮤니티 앱 홈 피드 랭킹", "x"), "커뮤니티-앱-홈-피드-랭킹.md");
    assert_eq!(named("../../etc/passwd", "x"), "etc-passwd.md");
    assert_eq!(named("  <>:\"/\\|?*  ", "plan-7"), "plan-7.md");
    assert_eq!(named("", ""), "plan.md");
    assert_eq!(named("CON", "x"), "CON-plan.md");
    let long = named(&"word ".repeat(40), "x");
    assert!(long.chars().count() <= 63 && !long.contains("-.md"), "{long}");
    let plan = Plan::new("x", "Fraud Detection v2", 0);
    assert_eq!(report_file_name(&plan), "Fraud-Detection-v2.md");
    assert_eq!(crate::files::json_file_name(&plan), "Fraud-Detection-v2.mlplan.json", "one name for both files");
}

#[test]
fn the_source_names_no_browser_layer() {
    let sources =
        [include_str!("mod.rs"), include_str!("md.rs"), include_str!("labels.rs"), include_str!("document.rs")];
    // Spelled in pieces so this file passes its own check.
    let banned =
        [["lep", "tos"], ["web", "_sys"], ["js", "_sys"], ["gl", "oo"], ["wasm", "_bindgen"]].map(|p| p.concat());
    for source in sources.iter().chain([&include_str!("tests.rs")]) {
        for word in &banned {
            assert!(!source.to_lowercase().contains(word.as_str()), "{word}");
        }
    }
}

#[test]
fn feedback_is_a_section_of_its_own_with_each_comments_place_and_state() {
    let mut plan = crate::plan::examples::build("eta", Lang::En).unwrap();
    assert!(!markdown(&plan, Lang::En).contains("Instructor's feedback"), "no section without comments");
    plan.comments = vec![
        crate::plan::Comment {
            id: "a".into(),
            step: "goals".into(),
            field: "Metric".into(),
            text: "Add a guardrail.".into(),
            ..Default::default()
        },
        crate::plan::Comment { id: "b".into(), text: "Good start.".into(), done: true, ..Default::default() },
    ];
    let md = markdown(&plan, Lang::Ko);
    assert!(md.contains("## 강사 피드백"), "{md}");
    assert!(md.contains(" · Metric | Add a guardrail. | 남음 |"), "{md}");
    assert!(md.contains("| 계획 전체 | Good start. | 반영함 |"), "{md}");
}
