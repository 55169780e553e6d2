//! Benchmarks of the jobs pallet (FRAME benchmarking v2).
//!
//! Components: `i` input bytes, `o` output bytes, `p` providers in the model's pool, `r`
//! seats per job (each held by another provider: the costliest committee). The model comes from the models pallet's benchmark helper: the most
//! royalty beneficiaries and the tolerance rule (outputs are decoded and compared element by
//! element), so settlement is measured at its costliest.

use super::*;
use crate::commit_reveal::SHORTEST_OUTPUT;
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	weights::Weight,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{Bounded, Hash, One, Saturating, UniqueSaturatedInto},
	Perbill,
};
use verity_primitives::{
	tensor::{encode_tensors, ElementType, Tensor},
	JobId, ModelId, ModelsInspect,
};

fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	CurrencyOf::<T>::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

fn params<T: Config>() -> ProtocolParams<BlockNumberFor<T>> {
	ProtocolParams {
		auditors: 1,
		audit_floor: Perbill::from_percent(5),
		trusted_after: 10,
		escalation: crate::bounds::MIN_ESCALATION,
		commit_period: 10u32.into(),
		reveal_period: 10u32.into(),
		wrong_output_slash: Perbill::from_percent(10),
		no_show_slash: Perbill::from_percent(1),
		protocol_fee: Perbill::from_percent(5),
		retention: 100u32.into(),
		challenge_period: 20u32.into(),
		challenge_bond: Perbill::from_percent(10),
	}
}

/// A canonical Float32 vector whose encoding is at most `len` bytes (and at least one element).
fn vector(len: u32) -> Vec<u8> {
	let n = (len.saturating_sub(16) / 4).max(1) as usize;
	encode_tensors(&[Tensor {
		elem: ElementType::Float32,
		shape: vec![n as u64],
		data: vec![0x3f; 4 * n],
	}])
}

/// A model with `b` royalty beneficiaries and `p` registered providers of equal stake, and
/// the protocol parameters.
fn model_with_providers<T: Config>(p: u32, b: u32) -> ModelId {
	let model =
		<pallet_models::Pallet<T> as ModelsInspect>::benchmark_model_with_beneficiaries(0, b);
	let bond = pallet_providers::MinBond::<T>::get().max(1_000u32.into());
	for i in 0..p {
		let who = funded::<T>("provider", i);
		pallet_providers::Pallet::<T>::register(
			RawOrigin::Signed(who).into(),
			bond,
			CurrencyOf::<T>::minimum_balance().saturating_mul(10u32.into()),
			vec![model].try_into().expect("one model"),
		)
		.expect("registers");
	}
	Params::<T>::put(params::<T>());
	model
}

/// The tier of a job of `r` seats: a `Quorum` job, or an audited job's primary alone.
fn tier_of(r: u32) -> Tier {
	if r >= 2 {
		Tier::Quorum { redundancy: r }
	} else {
		Tier::Audited
	}
}

/// A job for a model with `b` beneficiaries and `p` providers, submitted with an input of `i`
/// bytes and waiting for its draw, in the next block.
fn waiting<T: Config>(p: u32, r: u32, i: u32, b: u32) -> JobId {
	let model = model_with_providers::<T>(p, b);
	let job = NextJobId::<T>::get();
	let input = JobInput::Inline(vector(i).try_into().expect("fits MaxInputLen"));
	Pallet::<T>::do_submit(
		funded::<T>("submitter", 0),
		model,
		input,
		BalanceOf::<T>::max_value(),
		tier_of(r),
	)
	.expect("submits");
	let draw_at = frame_system::Pallet::<T>::block_number().saturating_add(T::DrawDelay::get());
	frame_system::Pallet::<T>::set_block_number(draw_at);
	job
}

/// Randomness of the current block under which `job`'s `r` seats go to `r` providers.
fn distinct_randomness<T: Config>(job: JobId, r: u32) -> crate::assign::BlockRandomness<T> {
	let entry = Jobs::<T>::get(job).expect("exists");
	let now = frame_system::Pallet::<T>::block_number();
	let stakes: Vec<u128> = Pallet::<T>::bonded_pool(entry.model)
		.0
		.iter()
		.filter(|e| e.provider != entry.submitter)
		.map(|e| e.stake.unique_saturated_into())
		.collect();
	let random = (0u32..10_000)
		.map(|i| T::Hashing::hash_of(&i))
		.find(|h| {
			let seed = sp_crypto_hashing::blake2_256(&(h, job, entry.input_hash).encode());
			crate::assign::draw_seats(&stakes, &seed, r).len() as u32 == r
		})
		.expect("some randomness draws r distinct providers");
	Some((random, now))
}

/// A job with `r` seats held by `r` providers, for a model with `b` beneficiaries, submitted
/// with an input of `i` bytes; its providers.
fn submitted<T: Config>(r: u32, i: u32, b: u32) -> (JobId, Vec<T::AccountId>) {
	let job = waiting::<T>(r, r, i, b);
	let random = distinct_randomness::<T>(job, r);
	let mut entry = Jobs::<T>::get(job).expect("exists");
	Pallet::<T>::assign(job, &mut entry, &random, &mut 0).expect("draws");
	let providers = entry.assignments.iter().map(|a| a.provider.clone()).collect();
	Jobs::<T>::insert(job, entry);
	(job, providers)
}

fn output_of<T: Config>(output: &[u8]) -> RevealedOutcomeOf<T> {
	verity_primitives::Outcome::Output(output.to_vec().try_into().expect("fits MaxOutputLen"))
}

/// A job whose `r` providers all committed to the same output of `o` bytes.
fn committed<T: Config>(r: u32, o: u32, b: u32) -> (JobId, Vec<T::AccountId>, Vec<u8>) {
	let (job, providers) = submitted::<T>(r, 64, b);
	let output = vector(o);
	for who in &providers {
		let c = verity_primitives::commitment(&output_of::<T>(&output), &[9u8; 32], who);
		Pallet::<T>::do_commit(who.clone(), job, c).expect("commits");
	}
	// An audited job's lone primary committed: its audit draw left it unaudited.
	let mut entry = Jobs::<T>::get(job).expect("exists");
	if matches!(entry.phase, Phase::Auditing { .. }) {
		entry.audit = Audit::Skipped;
		Pallet::<T>::open_reveals(job, &mut entry).expect("room for the reveal deadline");
		Jobs::<T>::insert(job, entry);
	}
	(job, providers, output)
}

/// Fills the deadline buckets a deadline wanted at `at` may go to, all but the last slot of
/// the last one, with ids of no job: scheduling it then reads every bucket of its search.
fn fill_deadlines<T: Config>(at: BlockNumberFor<T>) {
	let max = T::MaxJobsPerBlock::get();
	let mut block = at;
	for k in 0..crate::lifecycle::SEARCH_BLOCKS {
		let keep_free = u32::from(k + 1 == crate::lifecycle::SEARCH_BLOCKS);
		Deadlines::<T>::mutate(block, |q| {
			let mut filler = JobId::MAX;
			while (q.len() as u32) < max.saturating_sub(keep_free) && q.try_push(filler).is_ok() {
				filler = filler.saturating_sub(1);
			}
		});
		block = block.saturating_add(One::one());
	}
}

fn max_beneficiaries<T: Config>() -> u32 {
	<T as pallet_models::Config>::MaxBeneficiaries::get()
}

/// The most seats of a `Quorum` job: what leaves room for a challenge committee of the fewest
/// seats within `MaxRedundancy`.
fn max_quorum<T: Config>() -> u32 {
	T::MaxRedundancy::get().saturating_sub(crate::bounds::MIN_ESCALATION).max(1)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit(
		i: Linear<17, { T::MaxInputLen::get() }>,
		p: Linear<1, { <T as pallet_providers::Config>::MaxProvidersPerModel::get() }>,
	) {
		let model = model_with_providers::<T>(p, max_beneficiaries::<T>());
		let who = funded::<T>("submitter", 0);
		let job = NextJobId::<T>::get();
		let input = vector(i).try_into().expect("fits");
		let now = frame_system::Pallet::<T>::block_number();
		fill_deadlines::<T>(now.saturating_add(T::DrawDelay::get()));
		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			model,
			input,
			BalanceOf::<T>::max_value(),
			Tier::Quorum { redundancy: max_quorum::<T>() },
		);
		assert!(Jobs::<T>::contains_key(job));
	}

	/// Drawing a job's `r` seats from a pool of `p` providers, each seat to another provider,
	/// and scheduling its commit deadline at the end of a full search.
	#[benchmark]
	fn assign(
		p: Linear<
			{ max_quorum::<T>() },
			{ <T as pallet_providers::Config>::MaxProvidersPerModel::get() },
		>,
		r: Linear<1, { max_quorum::<T>() }>,
	) {
		let job = waiting::<T>(p, r, 64, max_beneficiaries::<T>());
		let random = distinct_randomness::<T>(job, r);
		let now = frame_system::Pallet::<T>::block_number();
		fill_deadlines::<T>(now.saturating_add(params::<T>().commit_period));
		let mut entry = Jobs::<T>::get(job).expect("exists");
		#[block]
		{
			Pallet::<T>::assign(job, &mut entry, &random, &mut 0).expect("draws");
			Jobs::<T>::insert(job, entry);
		}
		assert_eq!(Jobs::<T>::get(job).map(|j| j.assignments.len() as u32), Some(r));
	}

	/// Reading the block's randomness (once per block that draws committees).
	#[benchmark]
	fn block_randomness() {
		T::BenchmarkHelper::prepare_randomness();
		let random;
		#[block]
		{
			random = Pallet::<T>::block_randomness();
		}
		assert!(random.is_some());
	}

	/// The last commit of a job of `r` seats, which closes the commit phase: an audited job's
	/// primary (`r` = 1) has its audit drawn `DrawDelay` blocks on, a `Quorum` job's providers
	/// reveal; either deadline scheduled at the end of a full search.
	#[benchmark]
	fn commit(r: Linear<1, { max_quorum::<T>() }>) {
		let (job, providers) = submitted::<T>(r, 64, max_beneficiaries::<T>());
		let output = vector(64);
		let (last, rest) = providers.split_last().expect("r > 0");
		for who in rest {
			let c = verity_primitives::commitment(&output_of::<T>(&output), &[9u8; 32], who);
			Pallet::<T>::do_commit(who.clone(), job, c).expect("commits");
		}
		let c = verity_primitives::commitment(&output_of::<T>(&output), &[9u8; 32], last);
		let now = frame_system::Pallet::<T>::block_number();
		let next = if r >= 2 { params::<T>().reveal_period } else { T::DrawDelay::get() };
		fill_deadlines::<T>(now.saturating_add(next));
		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), job, c);
		assert!(matches!(
			Jobs::<T>::get(job).map(|j| j.phase),
			Some(Phase::Revealing { .. } | Phase::Auditing { .. })
		));
	}

	/// An audited job's audit draw that leaves it unaudited, the default tier's common case: it
	/// reads the primary's record on the model, rolls, and opens the primary's reveal at the end
	/// of a full search. (A drawn audit reads the model's pool and is charged as `assign`.)
	#[benchmark]
	fn audit_skipped() {
		let (job, providers) = submitted::<T>(1, 64, max_beneficiaries::<T>());
		let primary = providers.first().expect("one seat").clone();
		let c = verity_primitives::commitment(&output_of::<T>(&vector(64)), &[9u8; 32], &primary);
		Pallet::<T>::do_commit(primary.clone(), job, c).expect("commits");
		let mut entry = Jobs::<T>::get(job).expect("exists");
		let Phase::Auditing { at, since } = entry.phase else {
			panic!("an audited job's primary committed: its audit is drawn next")
		};
		// Trusted for ever and no floor: the chance of an audit is nil, the roll skips it.
		Trust::<T>::insert(&primary, entry.model, u32::MAX);
		entry.terms.audit_floor = Perbill::zero();
		frame_system::Pallet::<T>::set_block_number(at);
		let random = Some((T::Hashing::hash_of(&at), at.max(since.saturating_add(One::one()))));
		fill_deadlines::<T>(at.saturating_add(entry.terms.reveal_period));
		#[block]
		{
			Pallet::<T>::draw_audit(job, &mut entry, &random, &mut 0).expect("draws");
			Jobs::<T>::insert(job, entry);
		}
		let entry = Jobs::<T>::get(job).expect("exists");
		assert_eq!(entry.audit, Audit::Skipped);
		assert!(matches!(entry.phase, Phase::Revealing { .. }));
	}

	/// A commit that leaves commits open (not the last).
	#[benchmark]
	fn commit_open() {
		let (job, providers) = submitted::<T>(max_quorum::<T>(), 64, max_beneficiaries::<T>());
		let first = providers.first().expect("r > 0").clone();
		let c = verity_primitives::commitment(&output_of::<T>(&vector(64)), &[9u8; 32], &first);
		#[extrinsic_call]
		commit(RawOrigin::Signed(first), job, c);
		assert!(matches!(Jobs::<T>::get(job).map(|j| j.phase), Some(Phase::Committing { .. })));
	}

	/// A verdict on a private `Tolerance` job's sealed outputs that does not close its round
	/// (`judge`): the largest round judging, the first of its judges. The verdict that closes
	/// it is charged this and a settling reveal.
	#[benchmark]
	fn judge_open() {
		let r = max_quorum::<T>();
		let (job, providers, output) = committed::<T>(r, 64, 1);
		let mut entry = Jobs::<T>::get(job).expect("exists");
		for a in entry.assignments.iter_mut() {
			a.revealed = true;
		}
		for p in &providers {
			Reveals::<T>::insert(job, p, output_of::<T>(&output));
		}
		let until = frame_system::Pallet::<T>::block_number().saturating_add(10u32.into());
		entry.phase = Phase::Judging { until };
		Jobs::<T>::insert(job, entry);
		let judgements: Vec<Judgement> =
			(0..r).map(|i| Judgement { seat: i, agrees: None }).collect();
		Judgements::<T>::insert(
			job,
			frame_support::BoundedVec::try_from(judgements).expect("r fits MaxRedundancy"),
		);
		let first = providers.first().expect("r > 0").clone();
		#[extrinsic_call]
		judge(RawOrigin::Signed(first), job, u64::MAX);
		assert!(matches!(Jobs::<T>::get(job).map(|j| j.phase), Some(Phase::Judging { .. })));
		assert_eq!(Judgements::<T>::get(job).first().and_then(|e| e.agrees), Some(u64::MAX));
	}

	/// The last reveal, which settles the job: a vote over `r` outputs of the shortest length,
	/// paying `r` providers and one royalty beneficiary. What more beneficiaries and longer
	/// outputs add is measured apart (`reveal_beneficiaries`, `reveal_output`), each from its
	/// smallest value: one benchmark over all three measures each component with the others at
	/// their largest, and the costs of short outputs and few beneficiaries come out of a line
	/// drawn far from them (three runs gave 0.39, 0.51 and 0.72 ms for a job of three seats).
	#[benchmark]
	fn reveal(r: Linear<1, { max_quorum::<T>() }>) {
		let (job, providers, output) = committed::<T>(r, SHORTEST_OUTPUT, 1);
		let (last, rest) = providers.split_last().expect("r > 0");
		for who in rest {
			Pallet::<T>::do_reveal(who.clone(), job, output_of::<T>(&output), [9u8; 32], None)
				.expect("reveals");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), job, output_of::<T>(&output), [9u8; 32]);
		assert!(Results::<T>::contains_key(job));
	}

	/// The reveal that settles an audited job's lone primary with the shortest output, paying
	/// `b` royalty beneficiaries: what a beneficiary costs a settlement.
	#[benchmark]
	fn reveal_beneficiaries(
		b: Linear<1, { <T as pallet_models::Config>::MaxBeneficiaries::get() }>,
	) {
		let (job, providers, output) = committed::<T>(1, SHORTEST_OUTPUT, b);
		let primary = providers.first().expect("r > 0").clone();
		#[extrinsic_call]
		reveal(RawOrigin::Signed(primary), job, output_of::<T>(&output), [9u8; 32]);
		assert!(Results::<T>::contains_key(job));
	}

	/// The reveal that settles an audited job's lone primary with an output of `o` bytes and
	/// one beneficiary: what a byte of revealed output costs a settlement (written, read back,
	/// checked against the model's declared outputs, compared, kept as the result). A
	/// settlement is charged this for every byte of every output it reads.
	#[benchmark]
	fn reveal_output(o: Linear<SHORTEST_OUTPUT, { T::MaxOutputLen::get() }>) {
		let (job, providers, output) = committed::<T>(1, o, 1);
		let primary = providers.first().expect("r > 0").clone();
		#[extrinsic_call]
		reveal(RawOrigin::Signed(primary), job, output_of::<T>(&output), [9u8; 32]);
		assert!(Results::<T>::contains_key(job));
	}

	/// A reveal of `o` bytes that leaves the job revealing (not the last).
	#[benchmark]
	fn reveal_open(o: Linear<SHORTEST_OUTPUT, { T::MaxOutputLen::get() }>) {
		let (job, providers, output) =
			committed::<T>(max_quorum::<T>(), o, max_beneficiaries::<T>());
		let first = providers.first().expect("r > 0").clone();
		#[extrinsic_call]
		reveal(RawOrigin::Signed(first), job, output_of::<T>(&output), [9u8; 32]);
		assert!(matches!(Jobs::<T>::get(job).map(|j| j.phase), Some(Phase::Revealing { .. })));
	}

	/// Cancelling a job waiting for its draw, first in a full deadline bucket.
	#[benchmark]
	fn cancel() {
		let job = waiting::<T>(1, max_quorum::<T>(), 64, max_beneficiaries::<T>());
		let Some(Phase::Assigning { at }) = Jobs::<T>::get(job).map(|j| j.phase) else {
			panic!("the job waits for its draw")
		};
		Deadlines::<T>::mutate(at, |q| {
			let mut filler = JobId::MAX;
			while q.try_push(filler).is_ok() {
				filler = filler.saturating_sub(1);
			}
		});
		let who: T::AccountId = account("submitter", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), job);
		assert!(Jobs::<T>::get(job).is_none(), "a cancelled job leaves no record");
	}

	/// A private job's submitter gives its key to a committee of `r` providers.
	#[benchmark]
	fn provide_keys(r: Linear<1, { max_quorum::<T>() }>) {
		let (job, providers) = submitted::<T>(r, 64, 1);
		PrivateJobs::<T>::insert(job, PrivateJob { key_commitment: [1u8; 32], keyed: 0 });
		let key = verity_primitives::privacy::public_key(&[7u8; 32]);
		for p in &providers {
			pallet_providers::EncryptionKeys::<T>::insert(
				p,
				pallet_providers::EncryptionKey { key, rotation: 0 },
			);
		}
		let keys: Vec<verity_primitives::privacy::WrappedKey> = (0..r).map(|_| [3u8; 48]).collect();
		let keys = frame_support::BoundedVec::try_from(keys).expect("r fits MaxRedundancy");
		let who: T::AccountId = account("submitter", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), job, [2u8; 32], keys);
		assert!(providers.iter().all(|p| SeatKeys::<T>::contains_key(job, p)));
	}

	/// Not a call: the provider's side of a private job, in the runtime's Wasm as the off-chain
	/// worker runs it (nothing charges it; measured for docs/privacy.md). Unwrapping the
	/// seat's key (one x25519), opening a sealed input of `k` KiB, and sealing a 1 KiB output.
	#[benchmark]
	fn open_private_input(k: Linear<1, 1_024>) {
		use verity_primitives::privacy;
		let (content, provider, ephemeral) = ([5u8; 32], [7u8; 32], [9u8; 32]);
		let commitment = privacy::key_commitment(&content);
		let wrapped = privacy::wrap(&content, &ephemeral, &privacy::public_key(&provider), 1)
			.expect("a usable key");
		let ephemeral = privacy::public_key(&ephemeral);
		let sealed = privacy::seal(&content, b"input", &vec![1u8; k as usize * 1_024]);
		let output = vec![2u8; 1_024];
		let opened;
		#[block]
		{
			let key = privacy::unwrap(&wrapped, &ephemeral, &provider, 1, &commitment)
				.expect("the wrap opens");
			let input = privacy::open(&key, b"input", &sealed).expect("the input opens");
			opened = (input.len(), privacy::seal_output(&key, &output).len());
		}
		assert_eq!(opened, (k as usize * 1_024, 1_024 + privacy::SIV_LEN + privacy::TAG_LEN));
	}

	#[benchmark]
	fn challenge() {
		// The largest `Quorum` job that leaves room for a challenge committee, completed; the
		// challenger one of its bonded providers; the deadline search reads every bucket.
		let r = max_quorum::<T>();
		let (job, providers, output) = committed::<T>(r, 64, 1);
		for who in &providers {
			Pallet::<T>::do_reveal(who.clone(), job, output_of::<T>(&output), [9u8; 32], None)
				.expect("reveals");
		}
		assert!(matches!(Jobs::<T>::get(job).expect("exists").phase, Phase::Completed { .. }));
		let challenger = providers[0].clone();
		let now = frame_system::Pallet::<T>::block_number();
		fill_deadlines::<T>(now.saturating_add(T::DrawDelay::get()));
		#[extrinsic_call]
		challenge(RawOrigin::Signed(challenger), job);
		assert!(matches!(Jobs::<T>::get(job).expect("exists").phase, Phase::Challenged { .. }));
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin =
			T::ParamsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let p = params::<T>();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, p.clone());
		assert_eq!(Params::<T>::get(), Some(p));
		Ok(())
	}

	/// Concluding a job at its reveal deadline, `r - 1` of its `r` providers having revealed
	/// outputs of `o` bytes (the last one is slashed as a no-show).
	#[benchmark]
	fn conclude(
		r: Linear<2, { max_quorum::<T>() }>,
		o: Linear<SHORTEST_OUTPUT, { T::MaxOutputLen::get() }>,
	) {
		let (job, providers, output) = committed::<T>(r, o, max_beneficiaries::<T>());
		for who in providers.iter().take(providers.len().saturating_sub(1)) {
			Pallet::<T>::do_reveal(who.clone(), job, output_of::<T>(&output), [9u8; 32], None)
				.expect("reveals");
		}
		let mut entry = Jobs::<T>::get(job).expect("exists");
		#[block]
		{
			Pallet::<T>::conclude(job, &mut entry).expect("concludes");
			Jobs::<T>::insert(job, entry);
		}
		assert!(Jobs::<T>::get(job).is_some_and(|j| j.phase.is_final()));
	}

	/// Reading and clearing one (empty) deadline bucket.
	#[benchmark]
	fn deadline_bucket() {
		let n = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		#[block]
		{
			Pallet::<T>::process_deadlines(n);
		}
	}

	/// Pruning one ended job at its expiry (the cursor is there: it advances every block).
	#[benchmark]
	fn prune_job() {
		let job = waiting::<T>(1, max_quorum::<T>(), 64, max_beneficiaries::<T>());
		Pallet::<T>::do_cancel(account("submitter", 0, 0), job).expect("cancels");
		let expires =
			frame_system::Pallet::<T>::block_number().saturating_add(params::<T>().retention);
		frame_system::Pallet::<T>::set_block_number(expires);
		PruneCursor::<T>::put(expires);
		#[block]
		{
			Pallet::<T>::prune(expires, Weight::MAX);
		}
		assert!(!Jobs::<T>::contains_key(job));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
