//! The ride-hailing example as stored JSON, for the browser tests of the canvases
//! (`e2e/canvas.test.mjs` runs this test and reads the lines it prints).

use mlplan::i18n::Lang;
use mlplan::plan::{examples, parse_plan};

#[test]
fn print_ride_hailing_example_json() {
    for lang in Lang::ALL {
        let plan = examples::build("eta", lang).expect("the ride-hailing example exists");
        let json = plan.to_json();
        assert_eq!(parse_plan(&json).unwrap(), plan, "the stored form reads back");
        println!("MLPLAN-FIXTURE {} {json}", lang.tag());
    }
}
