//! The audit simulation: thousands of audited jobs run through this pallet's own code (the
//! test runtime: balances, models, providers, jobs; every job submitted, drawn, committed,
//! audited, escalated and settled by the pallets' calls and hooks), with a cheater that lies on
//! a share of the jobs it serves as primary, alone or helped by colluding providers holding a
//! third of the stake. It prints what docs/verification.md reports. Run it with
//! `scripts/simulate-audits` (a fixed seed: the same figures every run).
//!
//! The chain: seven providers of equal stake serve one model; the cheater is one of them and,
//! when it has help, two more collude with it: a third of the stake the auditors are drawn
//! from (the `f = 1/3` of docs/verification.md). Every job is audited (the `Audited` tier) under the
//! presets' parameters: one auditor, an audit floor of 5 %, trust after 10 checked results,
//! escalations of 3 seats. The slash for a wrong output is the deterrent `R (1 − q_min) /
//! q_min`, 19 seat prices. Running a model costs a provider `COST`, half a seat's price; a
//! cheater's lie costs it nothing. Colluders copy the cheater's wrong output whenever they
//! audit, referee or sit on the challenge committee of one of its lies, and run honestly
//! otherwise. An honest provider whose reveal a lie beat (a captured escalation) challenges
//! the result at once; nobody challenges a lie nobody honest saw.

use crate::{mock::*, Audit, Phase, ProtocolParams, Role, Tier};
use frame_support::{
	assert_ok,
	traits::{
		fungible::{Inspect, Mutate},
		Hooks,
	},
	weights::Weight,
};
use sp_runtime::Perbill;
use verity_primitives::ComparisonRule;

/// What running the model once costs a provider: half a seat's price.
const COST: i128 = PRICE as i128 / 2;
/// A provider's stake: enough for every slash a run can bring.
const STAKE: Balance = 100_000_000;
/// The first provider account.
const FIRST: AccountId = 1_000;
/// Providers of the model.
const PROVIDER_COUNT: u64 = 7;
/// The cheater.
const CHEATER: AccountId = FIRST;
/// Jobs run between two commits of the test externality's changes.
const CHUNK: u64 = 200;

fn sim_params() -> ProtocolParams<u64> {
	ProtocolParams {
		auditors: 1,
		audit_floor: Perbill::from_percent(5),
		trusted_after: 10,
		escalation: 3,
		..params()
	}
}

/// A small deterministic generator (SplitMix64): the cheater's coin.
struct Coin(u64);
impl Coin {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}
	fn percent(&mut self, p: u32) -> bool {
		self.next() % 100 < p as u64
	}
}

/// One block: the pallet's hooks, as the chain runs them.
fn step() {
	let n = System::block_number() + 1;
	System::set_block_number(n);
	Jobs::on_initialize(n);
	Jobs::on_idle(n, Weight::MAX);
}

fn good() -> Vec<u8> {
	floats(&[0.25, 0.75])
}
fn lie() -> Vec<u8> {
	floats(&[0.9, 0.1])
}

/// A scenario: how often the cheater lies as primary and how many colluders help it.
#[derive(Clone, Copy)]
struct Scenario {
	cheat_percent: u32,
	colluders: u64,
}

/// What one simulated chain showed.
#[derive(Default)]
struct Run {
	/// Jobs after the warm-up, and the seats (replicas) they ran.
	jobs: u64,
	replicas: u64,
	audited: u64,
	escalated: u64,
	/// The cheater's jobs as primary (after the warm-up) up to its first slash, if any.
	caught_after: Option<u64>,
	/// The cheater's jobs as primary after the warm-up.
	cheater_jobs: u64,
	lies: u64,
	/// Lies that completed as results (possible only with colluders).
	wrong_results: u64,
	/// Slashes of providers that ran honestly, and those of them a challenge paid back.
	honest_slashed: u64,
	honest_repaid: u64,
	/// Results challenged by a provider that saw them disputed, and of those overturned.
	challenged: u64,
	overturned: u64,
	/// Net income (balance change minus the cost of the inferences run) of the cheater and of
	/// the honest providers on average.
	cheater_income: i128,
	honest_income: i128,
}

fn total(who: AccountId) -> i128 {
	<Balances as Inspect<_>>::total_balance(&who) as i128
}

/// Runs `warmup` honest jobs, then `jobs` jobs with the cheater lying as the scenario says.
fn run(s: Scenario, seed: u64, warmup: u64, jobs: u64) -> Run {
	let mut out = Run::default();
	let mut ext = new_test_ext();
	set_randomness_seed(seed);
	let mut coin = Coin(seed);
	let providers: Vec<AccountId> = (FIRST..FIRST + PROVIDER_COUNT).collect();
	let colluder = |p: AccountId| p > CHEATER && p <= CHEATER + s.colluders;
	let honest: Vec<AccountId> =
		providers.iter().copied().filter(|p| *p != CHEATER && !colluder(*p)).collect();
	let mut runs = std::collections::BTreeMap::<AccountId, i128>::new();
	let mut start = std::collections::BTreeMap::<AccountId, i128>::new();
	let m = ext.execute_with(|| {
		let m = register_model(1, ComparisonRule::Exact);
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), sim_params()));
		assert_ok!(<Balances as Mutate<_>>::mint_into(&USER, u64::MAX as u128));
		for p in &providers {
			assert_ok!(<Balances as Mutate<_>>::mint_into(p, 2 * STAKE));
			assert_ok!(Providers::register(
				RuntimeOrigin::signed(*p),
				STAKE,
				PRICE,
				vec![m].try_into().unwrap()
			));
		}
		m
	});
	// In chunks, each committed to the test backend: the overlay of changes a test
	// externality keeps grows with every key ever written and slows every access.
	let all = warmup + jobs;
	for chunk in (0..all).step_by(CHUNK as usize) {
		ext.execute_with(|| {
			for i in chunk..(chunk + CHUNK).min(all) {
				let counting = i >= warmup;
				if i == warmup {
					for p in &providers {
						start.insert(*p, total(*p));
					}
					runs.clear();
					out.honest_slashed = 0;
				}
				let id = crate::NextJobId::<Test>::get();
				assert_ok!(Jobs::submit(
					RuntimeOrigin::signed(USER),
					m,
					input(),
					u64::MAX as u128,
					Tier::Audited
				));
				while matches!(crate::Jobs::<Test>::get(id).unwrap().phase, Phase::Assigning { .. })
				{
					step();
				}
				let job = crate::Jobs::<Test>::get(id).unwrap();
				let Some(primary) = job.assignments.first().map(|a| a.provider) else { continue };
				let lies = counting && primary == CHEATER && coin.percent(s.cheat_percent);
				let primary_out = if lies { lie() } else { good() };
				if !lies {
					*runs.entry(primary).or_default() += 1;
				}
				assert_ok!(commit(id, primary, &primary_out));
				while matches!(crate::Jobs::<Test>::get(id).unwrap().phase, Phase::Auditing { .. })
				{
					step();
				}
				// Auditors, then (if they disagree) referees: colluders copy a lie, others run.
				let mut outputs = vec![(primary, primary_out)];
				let mut round = |role: Role, outputs: &mut Vec<(AccountId, Vec<u8>)>| {
					let job = crate::Jobs::<Test>::get(id).unwrap();
					let drawn: Vec<AccountId> = job
						.assignments
						.iter()
						.filter(|a| a.role == role)
						.map(|a| a.provider)
						.collect();
					for p in &drawn {
						let o = if lies && colluder(*p) { lie() } else { good() };
						if !(lies && colluder(*p)) {
							*runs.entry(*p).or_default() += 1;
						}
						assert_ok!(commit(id, *p, &o));
						outputs.push((*p, o));
					}
					drawn.len()
				};
				if matches!(crate::Jobs::<Test>::get(id).unwrap().phase, Phase::Committing { .. }) {
					round(Role::Auditor, &mut outputs);
				}
				for (p, o) in outputs.clone() {
					assert_ok!(reveal(id, p, &o));
				}
				if matches!(crate::Jobs::<Test>::get(id).unwrap().phase, Phase::Escalating { .. }) {
					while matches!(
						crate::Jobs::<Test>::get(id).unwrap().phase,
						Phase::Escalating { .. }
					) {
						step();
					}
					let mut referees = Vec::new();
					round(Role::Referee, &mut referees);
					for (p, o) in &referees {
						assert_ok!(reveal(id, *p, o));
					}
					outputs.extend(referees);
				}
				assert!(crate::Jobs::<Test>::get(id).unwrap().phase.is_final(), "job {id} ended");
				// A lie that became the result over an honest provider's reveal (a captured
				// escalation) is challenged by that provider: it saw the dispute on chain and
				// knows the honest output. A fresh committee runs the job again.
				let lie_won =
					crate::Results::<Test>::get(id).is_some_and(|r| r.into_inner() == lie());
				let witness = outputs
					.iter()
					.find(|(p, o)| lie_won && *o == good() && *p != CHEATER)
					.map(|(p, _)| *p);
				let mut overturned = false;
				if let Some(w) = witness {
					assert_ok!(Jobs::challenge(RuntimeOrigin::signed(w), id));
					out.challenged += 1;
					while matches!(
						crate::Jobs::<Test>::get(id).unwrap().phase,
						Phase::Challenged { .. }
					) {
						step();
					}
					if matches!(
						crate::Jobs::<Test>::get(id).unwrap().phase,
						Phase::Committing { .. }
					) {
						let mut committee = Vec::new();
						round(Role::Challenger, &mut committee);
						for (p, o) in committee {
							assert_ok!(reveal(id, p, &o));
						}
					}
					while !crate::Jobs::<Test>::get(id).unwrap().phase.is_final() {
						step();
					}
					overturned = matches!(
						crate::Challenges::<Test>::get(id).and_then(|c| c.verdict),
						Some(crate::ChallengeVerdict::Overturned)
					);
					out.overturned += overturned as u64;
				}
				let job = crate::Jobs::<Test>::get(id).unwrap();
				assert!(job.phase.is_final(), "job {id} ended: {:?}", job.phase);
				// Slashes of this job, from its events.
				let mut cheater_slashed = false;
				for e in System::events() {
					if let RuntimeEvent::Jobs(crate::Event::ProviderSlashed {
						job: j,
						provider,
						..
					}) = e.event
					{
						if j != id {
							continue;
						}
						let lied = lies && (provider == CHEATER || colluder(provider));
						if provider == CHEATER && lied {
							cheater_slashed = true;
						} else if !lied {
							out.honest_slashed += 1;
							out.honest_repaid += overturned as u64;
						}
					}
				}
				System::reset_events();
				if !counting {
					continue;
				}
				out.jobs += 1;
				out.replicas += job.assignments.iter().map(|a| a.seats as u64).sum::<u64>();
				out.audited += matches!(job.audit, Audit::Audited | Audit::Escalated) as u64;
				out.escalated += (job.audit == Audit::Escalated) as u64;
				if primary == CHEATER {
					out.cheater_jobs += 1;
				}
				out.lies += lies as u64;
				if lies
					&& matches!(job.phase, Phase::Completed { .. })
					&& crate::Results::<Test>::get(id).is_some_and(|r| r.into_inner() == lie())
				{
					out.wrong_results += 1;
				}
				if cheater_slashed && out.caught_after.is_none() {
					out.caught_after = Some(out.cheater_jobs);
				}
			}
		});
		ext.commit_all().expect("the changes commit to the test backend");
	}
	ext.execute_with(|| {
		let income = |p: AccountId| {
			total(p)
				- start.get(&p).copied().unwrap_or_default()
				- COST * runs.get(&p).copied().unwrap_or_default()
		};
		out.cheater_income = income(CHEATER);
		out.honest_income =
			honest.iter().map(|p| income(*p)).sum::<i128>() / honest.len().max(1) as i128;
	});
	out
}

/// The `q`-quantile of `values` (sorted in place); `None` for a value past the horizon.
fn quantile(values: &mut [Option<u64>], q: f64) -> String {
	values.sort_by_key(|v| v.unwrap_or(u64::MAX));
	let i = ((values.len() as f64 * q).ceil() as usize).saturating_sub(1).min(values.len() - 1);
	match values[i] {
		Some(v) => v.to_string(),
		None => "not caught".into(),
	}
}

/// Runs `trials` chains of scenario `s`, seeds `0x5eed_0000 + t`, on every core: the chains are
/// independent (each its own test externality and thread-local randomness). Returned in seed
/// order, so that the figures do not depend on the machine.
fn run_all(s: Scenario, trials: u64, warmup: u64, jobs: u64) -> Vec<Run> {
	use std::sync::{
		atomic::{AtomicU64, Ordering},
		Mutex,
	};
	let next = AtomicU64::new(0);
	let done = Mutex::new(Vec::new());
	let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
	std::thread::scope(|scope| {
		for _ in 0..threads {
			std::thread::Builder::new()
				.stack_size(16 << 20)
				.spawn_scoped(scope, || loop {
					let t = next.fetch_add(1, Ordering::Relaxed);
					if t >= trials {
						break;
					}
					let r = run(s, 0x5eed_0000 + t, warmup, jobs);
					done.lock().expect("no chain panicked").push((t, r));
				})
				.expect("a thread starts");
		}
	});
	let mut done = done.into_inner().expect("no chain panicked");
	done.sort_by_key(|(t, _)| *t);
	done.into_iter().map(|(_, r)| r).collect()
}

#[test]
#[ignore = "a simulation that prints figures: scripts/simulate-audits runs it"]
fn simulate_audits() {
	// Chains per row: `VERITY_SIM_TRIALS` scales them (100 %: the default).
	let scale: u64 =
		std::env::var("VERITY_SIM_TRIALS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
	let warmup = 300;
	println!("audit simulation: each chain runs {warmup} honest jobs, then the cheater's; 7 providers of equal stake; one auditor, audit floor 5 %, trust after 10, escalations of 3 seats, challenges by a provider that saw a lie win over its honest reveal; wrong-output slash 19 seat prices; an inference costs half a seat's price");
	println!("| cheat rate | colluders' stake | chains × jobs | replicas per job | audited | escalated | challenged / overturned | cheater's jobs until slashed p50 / p99 | slashed within 100 / 1,000 of its jobs | lies that became results | honest providers slashed (repaid by a challenge) | net income per job served as primary: cheater / honest |");
	println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
	// Chains per row: enough to tell the goals from chance where they are close — the 10 %
	// cheater's 99 % within 1,000 jobs alone, and the 1 % cheater's income with colluders.
	for colluders in [0u64, 2] {
		for (cheat_percent, trials, jobs) in [
			(100u32, 100u64, 1_200u64),
			(10, if colluders == 0 { 300 } else { 100 }, 8_000),
			(1, if colluders == 0 { 20 } else { 60 }, 30_000),
		] {
			let trials = (trials * scale / 100).max(1);
			let s = Scenario { cheat_percent, colluders };
			let mut caught = Vec::new();
			let mut sum = Run::default();
			for r in run_all(s, trials, warmup, jobs) {
				caught.push(r.caught_after);
				sum.jobs += r.jobs;
				sum.replicas += r.replicas;
				sum.audited += r.audited;
				sum.escalated += r.escalated;
				sum.challenged += r.challenged;
				sum.overturned += r.overturned;
				sum.lies += r.lies;
				sum.wrong_results += r.wrong_results;
				sum.honest_slashed += r.honest_slashed;
				sum.honest_repaid += r.honest_repaid;
				sum.cheater_income += r.cheater_income;
				sum.honest_income += r.honest_income;
			}
			let within = |n: u64| {
				100.0 * caught.iter().filter(|c| c.is_some_and(|c| c <= n)).count() as f64
					/ caught.len() as f64
			};
			let (w100, w1000) = (within(100), within(1_000));
			// Income per job served as primary: equal stakes, so each provider is primary in a
			// seventh of the jobs.
			let per = |income: i128| income as f64 / sum.jobs.max(1) as f64 * PROVIDER_COUNT as f64;
			println!(
				"| {cheat_percent} % | {} | {trials} × {jobs} | {:.3} | {:.1} % | {:.2} % | {} / {} | {} / {} | {w100:.1} % / {w1000:.1} % | {} of {} | {} ({}) | {:.1} / {:.1} |",
				if colluders == 0 { "none" } else { "1/3" },
				sum.replicas as f64 / sum.jobs.max(1) as f64,
				100.0 * sum.audited as f64 / sum.jobs.max(1) as f64,
				100.0 * sum.escalated as f64 / sum.jobs.max(1) as f64,
				sum.challenged,
				sum.overturned,
				quantile(&mut caught, 0.5),
				quantile(&mut caught, 0.99),
				sum.wrong_results,
				sum.lies,
				sum.honest_slashed,
				sum.honest_repaid,
				per(sum.cheater_income),
				per(sum.honest_income),
			);
		}
	}
}
