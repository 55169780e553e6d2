//! A test runtime with balances, models, providers and jobs, and helpers that drive jobs.

use crate as pallet_jobs;
use crate::Phase;
use crate::ProtocolParams;
use codec::Encode;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks, Randomness},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	BuildStorage, Perbill,
};
use std::{cell::RefCell, collections::BTreeMap};
use verity_primitives::{
	tensor::encode_tensors, ComparisonRule, Dim, ElementType, FailureKind, IoSpec, Outcome, Salt,
	Tensor, TensorSpec,
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type Balance = u128;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Models: pallet_models,
		Providers: pallet_providers,
		Jobs: pallet_jobs,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	// Writes cost something, so that tests see what a batch is charged for them.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_models::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type DepositBase = ConstU128<10>;
	type DepositPerByte = ConstU128<0>;
	type MaxUriLen = ConstU32<64>;
	type MaxBeneficiaries = ConstU32<4>;
	type MaxModelSize = ConstU64<1_000_000>;
	type WeightInfo = ();
}

impl pallet_providers::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxModelsPerProvider = ConstU32<4>;
	type MaxProvidersPerModel = ConstU32<16>;
	type MinBondFloor = ConstU128<100>;
	type MaxMinBond = ConstU128<100_000>;
	type MaxUnbondingDelay = ConstU64<1_000>;
	type WorkWindow = crate::WorkWindow<Test>;
	type WeightInfo = ();
}

thread_local! {
	/// The randomness of each block that a test set: `None` for a block without any.
	static BLOCK_RANDOMNESS: RefCell<BTreeMap<u64, Option<[u8; 32]>>> = const { RefCell::new(BTreeMap::new()) };
	/// Mixed into every block's randomness when not zero.
	static RANDOMNESS_SEED: RefCell<u64> = const { RefCell::new(0) };
}

/// Fresh randomness per block, as BABE's VRF output is: known from the block it is in. Tests
/// may set a block's value (or none) before the block runs.
pub struct TestRandomness;
impl Randomness<Option<H256>, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (Option<H256>, u64) {
		let block = System::block_number();
		let value = block_randomness(block);
		(value.map(|v| sp_crypto_hashing::blake2_256(&(subject, v).encode()).into()), block)
	}
}

/// The randomness of block `n`: what a test set, else a value of its own (mixed with the
/// chain's seed, see [`set_randomness_seed`]).
pub fn block_randomness(n: u64) -> Option<[u8; 32]> {
	BLOCK_RANDOMNESS.with(|m| m.borrow().get(&n).copied()).unwrap_or_else(|| {
		let seed = RANDOMNESS_SEED.with(|s| *s.borrow());
		Some(if seed == 0 {
			sp_crypto_hashing::blake2_256(&(b"block", n).encode())
		} else {
			sp_crypto_hashing::blake2_256(&(b"block", n, seed).encode())
		})
	})
}

/// Gives the blocks of this thread's chains other randomness: simulated chains that start
/// alike then draw differently.
pub fn set_randomness_seed(seed: u64) {
	RANDOMNESS_SEED.with(|s| *s.borrow_mut() = seed);
}

/// Sets the randomness of block `n`.
pub fn set_block_randomness(n: u64, value: Option<[u8; 32]>) {
	BLOCK_RANDOMNESS.with(|m| m.borrow_mut().insert(n, value));
}

parameter_types! {
	pub const Treasury: AccountId = TREASURY;
}

/// Transactions the off-chain worker puts in the test pool: the signer's account is the
/// address; nothing is really signed.
pub type Extrinsic = sp_runtime::generic::UncheckedExtrinsic<AccountId, RuntimeCall, (), ()>;

impl frame_system::offchain::SigningTypes for Test {
	type Public = UintAuthorityId;
	type Signature = TestSignature;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	fn create_signed_transaction<
		C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		_public: UintAuthorityId,
		account: AccountId,
		nonce: u32,
	) -> Option<Extrinsic> {
		// The extension slot carries nothing; tests read the nonce with `last_nonce`.
		LAST_NONCE.with(|n| *n.borrow_mut() = Some(nonce));
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

thread_local! {
	static LAST_NONCE: RefCell<Option<u32>> = const { RefCell::new(None) };
}

/// The nonce of the last transaction the off-chain worker signed.
pub fn last_nonce() -> Option<u32> {
	LAST_NONCE.with(|n| *n.borrow())
}

/// Test providers' inference keys: `UintAuthorityId(n)` is account `n`.
pub struct TestAuthId;
impl frame_system::offchain::AppCrypto<UintAuthorityId, TestSignature> for TestAuthId {
	type RuntimeAppPublic = UintAuthorityId;
	type GenericPublic = UintAuthorityId;
	type GenericSignature = TestSignature;
}

thread_local! {
	static BLOBS: RefCell<BTreeMap<[u8; 32], (u32, u64)>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// Data stored with the chain's nodes, as pallet-blobs would report it: set by `store_blob`.
pub struct TestBlobs;
impl verity_primitives::BlobInspect<u64> for TestBlobs {
	fn blob(hash: &[u8; 32]) -> Option<(u32, u64)> {
		let now = System::block_number();
		BLOBS.with(|b| b.borrow().get(hash).copied()).filter(|(_, expires)| *expires > now)
	}

	fn max_len() -> u32 {
		4096
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn insert_for_benchmark(hash: [u8; 32], len: u32, expires_at: u64) {
		BLOBS.with(|b| b.borrow_mut().insert(hash, (len, expires_at)));
	}
}

/// What `keep` charges, per byte, to the treasury: as pallet-blobs would.
pub const BLOB_FEE_PER_BYTE: u128 = 1;
/// Blocks `keep` keeps data for.
pub const BLOB_RETENTION: u64 = 1000;

impl verity_primitives::BlobStore<AccountId, u64> for TestBlobs {
	fn keep(
		who: &AccountId,
		hash: [u8; 32],
		len: u32,
		min_left: u64,
	) -> Result<bool, sp_runtime::DispatchError> {
		use frame_support::traits::{fungible::Mutate, tokens::Preservation};
		use verity_primitives::BlobInspect;
		let now = System::block_number();
		if Self::blob(&hash).is_some_and(|(_, e)| e >= now + min_left.min(BLOB_RETENTION)) {
			return Ok(false);
		}
		Balances::transfer(
			who,
			&TREASURY,
			BLOB_FEE_PER_BYTE * len as u128,
			Preservation::Preserve,
		)?;
		BLOBS.with(|b| b.borrow_mut().insert(hash, (len, now + BLOB_RETENTION)));
		Ok(true)
	}

	fn keep_weight(len: u32) -> Weight {
		Weight::from_parts(1_000 * len as u64, 0)
	}
}

/// Records `data` as stored until block `expires_at`; returns its hash.
pub fn store_blob(data: &[u8], expires_at: u64) -> sp_core::H256 {
	let hash = sp_io::hashing::blake2_256(data);
	BLOBS.with(|b| b.borrow_mut().insert(hash, (data.len() as u32, expires_at)));
	hash.into()
}

frame_support::parameter_types! {
	/// No bound unless a test sets one.
	pub static MaxDrawWeight: Weight = Weight::MAX;
	pub static CongestionGrace: u32 = 3;
}

impl pallet_jobs::Config for Test {
	type AuthorityId = TestAuthId;
	type Randomness = TestRandomness;
	// Two, not the chain's one: tests see a delay of more than one block.
	type DrawDelay = ConstU64<2>;
	type TreasuryAccount = Treasury;
	type ParamsOrigin = EnsureRoot<AccountId>;
	type MaxInputLen = ConstU32<1024>;
	type MaxOutputLen = ConstU32<1024>;
	type Blobs = TestBlobs;
	type MaxRedundancy = ConstU32<8>;
	type MaxJobsPerBlock = ConstU32<4>;
	type MaxConclusionsPerBlock = ConstU32<2>;
	type MaxAssignmentsPerBlock = ConstU32<2>;
	type MaxDrawWeight = MaxDrawWeight;
	type CongestionGrace = CongestionGrace;
	type MaxBatch = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

pub const OWNER: AccountId = 100;
pub const BEN1: AccountId = 101;
pub const BEN2: AccountId = 102;
pub const TREASURY: AccountId = 200;
pub const USER: AccountId = 300;
pub const POOR: AccountId = 301;
pub const P1: AccountId = 1;
pub const P2: AccountId = 2;
pub const P3: AccountId = 3;
pub const P4: AccountId = 4;
pub const PROVIDERS: [AccountId; 4] = [P1, P2, P3, P4];
pub const ENDOWMENT: Balance = 1_000_000;
pub const BOND: Balance = 10_000;
pub const PRICE: Balance = 100;
pub const ROYALTY: Balance = 60;
pub const COMMIT: u64 = 5;
pub const REVEAL: u64 = 5;
pub const RETENTION: u64 = 100;
/// Blocks after completion during which a result may be challenged.
pub const CHALLENGE_PERIOD: u64 = 20;
/// Providers' unbonding delay: at least the challenge window.
pub const UNBONDING: u64 = 30;
pub const MIN_BOND: Balance = 1_000;
/// The slashes per seat under `params()`: 10 % and 5 % of the minimum bond.
pub const WRONG_SLASH: Balance = MIN_BOND / 10;
pub const NO_SHOW_SLASH: Balance = MIN_BOND / 20;

/// The tier of most tests: a committee of three seats, two of which must agree.
pub const Q3: crate::Tier = crate::Tier::Quorum { redundancy: 3 };
/// Checked results after which a provider is trusted under `params()`.
pub const TRUSTED_AFTER: u32 = 2;

pub fn params() -> ProtocolParams<u64> {
	ProtocolParams {
		auditors: 1,
		// Half: the deterrent slash `price × (1 − q) / q` is one price, below `WRONG_SLASH`.
		audit_floor: Perbill::from_percent(50),
		trusted_after: TRUSTED_AFTER,
		escalation: 3,
		commit_period: COMMIT,
		reveal_period: REVEAL,
		wrong_output_slash: Perbill::from_percent(10),
		no_show_slash: Perbill::from_percent(5),
		protocol_fee: Perbill::from_percent(10),
		retention: RETENTION,
		challenge_period: CHALLENGE_PERIOD,
		challenge_bond: Perbill::from_percent(10),
	}
}

pub fn all_accounts() -> Vec<AccountId> {
	vec![OWNER, BEN1, BEN2, TREASURY, USER, POOR, P1, P2, P3, P4]
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(OWNER, ENDOWMENT),
			(TREASURY, 1),
			(USER, ENDOWMENT),
			(POOR, 50),
			(P1, ENDOWMENT),
			(P2, ENDOWMENT),
			(P3, ENDOWMENT),
			(P4, ENDOWMENT),
		],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_providers::GenesisConfig::<Test> { min_bond: MIN_BOND, unbonding_delay: UNBONDING }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_jobs::GenesisConfig::<Test> { params: Some(params()) }
		.assimilate_storage(&mut t)
		.unwrap();
	BLOCK_RANDOMNESS.with(|m| m.borrow_mut().clear());
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The digits-like model's spec: one f32 input of shape [1, 4], one f32 output of shape [1, 2].
pub fn io() -> IoSpec {
	let t = |name: &[u8], dims: Vec<Dim>| TensorSpec {
		name: name.to_vec().try_into().unwrap(),
		elem: ElementType::Float32,
		shape: dims.try_into().unwrap(),
	};
	IoSpec {
		inputs: vec![t(b"x", vec![Dim::Dynamic, Dim::Fixed(4)])].try_into().unwrap(),
		outputs: vec![t(b"y", vec![Dim::Dynamic, Dim::Fixed(2)])].try_into().unwrap(),
	}
}

/// Canonical f32 tensors of shape [1, n].
pub fn floats(values: &[f32]) -> Vec<u8> {
	encode_tensors(&[Tensor {
		elem: ElementType::Float32,
		shape: vec![1, values.len() as u64],
		data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
	}])
}

pub fn input() -> frame_support::BoundedVec<u8, ConstU32<1024>> {
	floats(&[0.5, 1.0, 1.5, 2.0]).try_into().unwrap()
}

/// Registers a model with `rule`, royalty 60 split 50/50 between BEN1 and BEN2; returns its id.
pub fn register_model(hash: u8, rule: ComparisonRule) -> u32 {
	let royalties = vec![
		pallet_models::Beneficiary { account: BEN1, share: Perbill::from_percent(50) },
		pallet_models::Beneficiary { account: BEN2, share: Perbill::from_percent(50) },
	];
	Models::register(
		RuntimeOrigin::signed(OWNER),
		[hash; 32],
		1_000,
		b"file:///models/m.onnx".to_vec().try_into().unwrap(),
		io(),
		rule,
		ROYALTY,
		royalties.try_into().unwrap(),
	)
	.unwrap();
	pallet_models::NextModelId::<Test>::get() - 1
}

/// What a call whose weight counts a deadline's search is not charged when the search read
/// `tries` buckets (`crate::batch::end_item_weight`).
pub fn unread_buckets(tries: u32) -> frame_support::weights::Weight {
	<Test as frame_system::Config>::DbWeight::get()
		.reads(u64::from(crate::batch::COUNTED_BUCKETS - tries))
}

/// What `who` holds in job escrow.
pub fn escrow(who: AccountId) -> Balance {
	<Balances as frame_support::traits::fungible::InspectHold<_>>::balance_on_hold(
		&crate::HoldReason::JobEscrow.into(),
		&who,
	)
}

/// Registers P1..P4 as providers of `model` at PRICE with BOND.
pub fn register_providers(model: u32) {
	for p in PROVIDERS {
		Providers::register(RuntimeOrigin::signed(p), BOND, PRICE, vec![model].try_into().unwrap())
			.unwrap();
	}
}

/// A model with four providers, ready for jobs.
pub fn setup(rule: ComparisonRule) -> u32 {
	let m = register_model(1, rule);
	register_providers(m);
	m
}

pub fn salt_of(who: AccountId) -> Salt {
	[who as u8; 32]
}

/// An output as the outcome a provider commits to and reveals.
pub fn out(bytes: &[u8]) -> crate::RevealedOutcomeOf<Test> {
	Outcome::Output(bytes.to_vec().try_into().unwrap())
}

/// A failure as the outcome a provider commits to and reveals.
pub fn failed(kind: FailureKind) -> crate::RevealedOutcomeOf<Test> {
	Outcome::Failure(kind)
}

pub fn commitment_to(who: AccountId, outcome: &crate::RevealedOutcomeOf<Test>) -> H256 {
	verity_primitives::commitment(outcome, &salt_of(who), &who)
}

pub fn commitment(who: AccountId, output: &[u8]) -> H256 {
	commitment_to(who, &out(output))
}

pub fn commit(job: u64, who: AccountId, output: &[u8]) -> sp_runtime::DispatchResult {
	commit_outcome(job, who, &out(output))
}

pub fn commit_outcome(
	job: u64,
	who: AccountId,
	outcome: &crate::RevealedOutcomeOf<Test>,
) -> sp_runtime::DispatchResult {
	Jobs::commit(RuntimeOrigin::signed(who), job, commitment_to(who, outcome))
		.map(|_| ())
		.map_err(|e| e.error)
}

pub fn reveal(job: u64, who: AccountId, output: &[u8]) -> sp_runtime::DispatchResult {
	reveal_outcome(job, who, out(output))
}

pub fn reveal_outcome(
	job: u64,
	who: AccountId,
	outcome: crate::RevealedOutcomeOf<Test>,
) -> sp_runtime::DispatchResult {
	Jobs::reveal(RuntimeOrigin::signed(who), job, outcome, salt_of(who))
		.map(|_| ())
		.map_err(|e| e.error)
}

/// Each provider commits its output, then each reveals it.
pub fn commit_then_reveal(job: u64, providers: &[AccountId], outputs: &[Vec<u8>]) {
	for (p, o) in providers.iter().zip(outputs) {
		frame_support::assert_ok!(commit(job, *p, o));
	}
	for (p, o) in providers.iter().zip(outputs) {
		frame_support::assert_ok!(reveal(job, *p, o));
	}
}

/// The providers drawn for a job.
pub fn assigned(job: u64) -> Vec<AccountId> {
	crate::Jobs::<Test>::get(job).unwrap().assignments.iter().map(|a| a.provider).collect()
}

/// The providers drawn for a job, each with its seats.
pub fn seats(job: u64) -> Vec<(AccountId, u32)> {
	crate::Jobs::<Test>::get(job)
		.unwrap()
		.assignments
		.iter()
		.map(|a| (a.provider, a.seats))
		.collect()
}

/// The committee job `job` (waiting for its draw) gets if block `n`'s randomness is `value`:
/// what `assign` computes, from the same pool and seed.
pub fn committee_with(job: u64, value: [u8; 32]) -> Vec<(AccountId, u32)> {
	let j = crate::Jobs::<Test>::get(job).unwrap();
	let private = crate::Pallet::<Test>::is_private(job);
	let pool: Vec<_> = crate::Pallet::<Test>::bonded_pool(j.model)
		.0
		.into_iter()
		.filter(|e| e.provider != j.submitter)
		.filter(|e| !private || pallet_providers::EncryptionKeys::<Test>::contains_key(e.provider))
		.collect();
	let random: H256 =
		sp_crypto_hashing::blake2_256(&(&b"verity/assign"[..], value).encode()).into();
	let seed = sp_crypto_hashing::blake2_256(&(random, job, j.input_hash).encode());
	let stakes: Vec<u128> = pool.iter().map(|e| e.stake).collect();
	crate::assign::draw_seats(&stakes, &seed, j.terms.redundancy)
		.into_iter()
		.map(|(i, s)| (pool[i].provider, s))
		.collect()
}

/// Sets the randomness of the block that draws job `job`'s committee to the first value that
/// gives a committee `want` accepts, and runs to that block.
pub fn draw(job: u64, want: impl Fn(&[(AccountId, u32)]) -> bool) {
	let Phase::Assigning { at } = crate::Jobs::<Test>::get(job).unwrap().phase else {
		panic!("job {job} is not waiting for its draw")
	};
	let value = (0u32..10_000)
		.map(|i| sp_crypto_hashing::blake2_256(&(b"try", i).encode()))
		.find(|v| want(&committee_with(job, *v)))
		.expect("some randomness gives the committee wanted");
	set_block_randomness(at, Some(value));
	run_to_block(at);
	assert!(!matches!(crate::Jobs::<Test>::get(job).unwrap().phase, Phase::Assigning { .. }));
}

/// Draws job `job`'s committee with one seat for each of three providers.
pub fn draw_distinct(job: u64) {
	draw(job, |c| c.len() == 3);
}

/// Advances to block `n`, running the pallet's hooks and checking every invariant each block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let b = System::block_number() + 1;
		System::set_block_number(b);
		Jobs::on_initialize(b);
		Jobs::on_idle(b, Weight::MAX);
		Jobs::on_finalize(b);
		check_invariants();
	}
}

/// Every pallet's try-state checks plus conservation of funds.
pub fn check_invariants() {
	Models::do_try_state().expect("models invariants");
	Providers::do_try_state().expect("providers invariants");
	Jobs::do_try_state().expect("jobs invariants");
	let total: Balance = all_accounts()
		.iter()
		.map(<Balances as frame_support::traits::fungible::Inspect<_>>::total_balance)
		.sum();
	assert_eq!(total, Balances::total_issuance(), "free + held balances add up to the issuance");
}

/// Runs a test and then checks the invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		check_invariants();
	});
}
