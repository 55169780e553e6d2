//! Stories of the model registry.

use crate::{
	mock::*, Beneficiary, Error, Event, HoldReason, ModelByHash, ModelStatus, Models as ModelsMap,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_runtime::{DispatchError, Perbill};
use verity_primitives::{ComparisonRule, Dim, ElementType, IoSpec, TensorSpec};

fn io() -> IoSpec {
	let t = |name: &[u8], elem| TensorSpec {
		name: name.to_vec().try_into().unwrap(),
		elem,
		shape: vec![Dim::Dynamic, Dim::Fixed(64)].try_into().unwrap(),
	};
	IoSpec {
		inputs: vec![t(b"input", ElementType::Float32)].try_into().unwrap(),
		outputs: vec![t(b"label", ElementType::Int64)].try_into().unwrap(),
	}
}

fn uri(s: &str) -> BoundedVec<u8, ConstU32<128>> {
	s.as_bytes().to_vec().try_into().unwrap()
}
use frame_support::traits::ConstU32;

fn shares(list: &[(AccountId, u32)]) -> BoundedVec<Beneficiary<AccountId>, ConstU32<4>> {
	list.iter()
		.map(|(a, p)| Beneficiary { account: *a, share: Perbill::from_percent(*p) })
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

fn register(who: AccountId, hash: u8) -> sp_runtime::DispatchResult {
	Models::register(
		RuntimeOrigin::signed(who),
		[hash; 32],
		1000,
		uri("file:///models/digits.onnx"),
		io(),
		ComparisonRule::Exact,
		50,
		shares(&[(BOB, 70), (CAROL, 30)]),
	)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ModelDeposit.into(), &who)
}

#[test]
fn register_holds_a_deposit_and_indexes_the_hash() {
	test(|| {
		assert_ok!(register(ALICE, 1));
		let m = ModelsMap::<Test>::get(0).unwrap();
		assert_eq!(m.owner, ALICE);
		assert_eq!(m.status, ModelStatus::Active);
		assert_eq!(ModelByHash::<Test>::get([1; 32]), Some(0));
		let expected = 100
			+ ("file:///models/digits.onnx".len() as u128)
			+ codec::Encode::encoded_size(&io()) as u128;
		assert_eq!(m.deposit, expected);
		assert_eq!(held(ALICE), expected);
		System::assert_last_event(
			Event::ModelRegistered { model: 0, owner: ALICE, hash: [1; 32], deposit: expected }
				.into(),
		);
		assert_ok!(register(ALICE, 2));
		assert_eq!(held(ALICE), 2 * expected);
	});
}

#[test]
fn register_refusals() {
	test(|| {
		assert_ok!(register(ALICE, 1));
		assert_noop!(register(BOB, 1), Error::<Test>::DuplicateHash);
		let call = |size, u: &str, io: IoSpec, rule, royalty, s: &[(AccountId, u32)]| {
			Models::register(
				RuntimeOrigin::signed(BOB),
				[9; 32],
				size,
				uri(u),
				io,
				rule,
				royalty,
				shares(s),
			)
		};
		let ok_shares = [(BOB, 100)];
		assert_noop!(
			call(0, "file:///m", io(), ComparisonRule::Exact, 1, &ok_shares),
			Error::<Test>::BadSize
		);
		assert_noop!(
			call(2_000_000, "file:///m", io(), ComparisonRule::Exact, 1, &ok_shares),
			Error::<Test>::BadSize
		);
		assert_noop!(
			call(10, "ftp://host/m", io(), ComparisonRule::Exact, 1, &ok_shares),
			Error::<Test>::BadUri
		);
		assert_noop!(
			call(10, "file://", io(), ComparisonRule::Exact, 1, &ok_shares),
			Error::<Test>::BadUri
		);
		let mut no_outputs = io();
		no_outputs.outputs = Default::default();
		assert_noop!(
			call(10, "file:///m", no_outputs, ComparisonRule::Exact, 1, &ok_shares),
			Error::<Test>::BadIoSpec
		);
		let zero_tol = ComparisonRule::Tolerance { abs_ppb: 0, rel_ppb: 0 };
		assert_noop!(
			call(10, "file:///m", io(), zero_tol, 1, &ok_shares),
			Error::<Test>::BadTolerance
		);
		// A tolerance so loose that made-up numbers agree is refused.
		let max = verity_primitives::compare::MAX_TOLERANCE_PPB;
		for loose in [
			ComparisonRule::Tolerance { abs_ppb: max + 1, rel_ppb: 0 },
			ComparisonRule::Tolerance { abs_ppb: 1, rel_ppb: u32::MAX },
		] {
			assert_noop!(
				call(10, "file:///m", io(), loose, 1, &ok_shares),
				Error::<Test>::ToleranceTooLoose
			);
		}
		assert_noop!(
			call(10, "file:///m", io(), ComparisonRule::Exact, 1, &[(BOB, 60), (CAROL, 30)]),
			Error::<Test>::SharesNotWhole
		);
		assert_noop!(
			call(10, "file:///m", io(), ComparisonRule::Exact, 1, &[(BOB, 60), (CAROL, 50)]),
			Error::<Test>::SharesNotWhole
		);
		assert_noop!(
			call(10, "file:///m", io(), ComparisonRule::Exact, 1, &[(BOB, 50), (BOB, 50)]),
			Error::<Test>::DuplicateBeneficiary
		);
		assert_noop!(
			call(10, "file:///m", io(), ComparisonRule::Exact, 1, &[]),
			Error::<Test>::NoBeneficiaries
		);
		// A free model needs no beneficiaries.
		assert_ok!(call(10, "https://example.org/m.onnx", io(), ComparisonRule::Exact, 0, &[]));
	});
}

#[test]
fn register_without_funds_for_the_deposit_fails_and_keeps_nothing() {
	test(|| {
		assert_noop!(
			register(POOR, 1),
			DispatchError::Token(sp_runtime::TokenError::FundsUnavailable)
		);
		assert_eq!(Balances::free_balance(POOR), 10);
	});
}

#[test]
fn owner_updates_uri_and_deposit_follows() {
	test(|| {
		assert_ok!(register(ALICE, 1));
		let before = held(ALICE);
		assert_noop!(
			Models::set_uri(RuntimeOrigin::signed(BOB), 0, uri("file:///x")),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Models::set_uri(RuntimeOrigin::signed(ALICE), 7, uri("file:///x")),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Models::set_uri(RuntimeOrigin::signed(ALICE), 0, uri("gopher://x")),
			Error::<Test>::BadUri
		);
		let (old, long) = ("file:///models/digits.onnx", "file:///a-much-longer-path/digits.onnx");
		assert_ok!(Models::set_uri(RuntimeOrigin::signed(ALICE), 0, uri(long)));
		assert_eq!(held(ALICE), before + (long.len() - old.len()) as u128);
		assert_ok!(Models::set_uri(RuntimeOrigin::signed(ALICE), 0, uri("file:///m")));
		assert_eq!(held(ALICE), before - (old.len() - "file:///m".len()) as u128);
		assert_eq!(ModelsMap::<Test>::get(0).unwrap().uri.to_vec(), b"file:///m".to_vec());
		System::assert_last_event(Event::UriUpdated { model: 0, deposit: held(ALICE) }.into());
	});
}

#[test]
fn owner_updates_royalties() {
	test(|| {
		assert_ok!(register(ALICE, 1));
		assert_noop!(
			Models::set_royalties(RuntimeOrigin::signed(BOB), 0, 5, shares(&[(BOB, 100)])),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Models::set_royalties(RuntimeOrigin::signed(ALICE), 0, 5, shares(&[(BOB, 99)])),
			Error::<Test>::SharesNotWhole
		);
		assert_ok!(Models::set_royalties(
			RuntimeOrigin::signed(ALICE),
			0,
			5,
			shares(&[(CAROL, 100)])
		));
		let m = ModelsMap::<Test>::get(0).unwrap();
		assert_eq!((m.royalty_per_job, m.royalties.len()), (5, 1));
		System::assert_last_event(Event::RoyaltiesUpdated { model: 0, royalty_per_job: 5 }.into());
	});
}

#[test]
fn governance_deprecates_bans_and_reinstates() {
	test(|| {
		use verity_primitives::ModelsInspect;
		assert_ok!(register(ALICE, 1));
		assert!(Models::accepts_providers(0));
		assert_noop!(
			Models::set_status(RuntimeOrigin::signed(ALICE), 0, ModelStatus::Banned),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Models::set_status(RuntimeOrigin::root(), 3, ModelStatus::Banned),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Active),
			Error::<Test>::StatusUnchanged
		);

		assert_ok!(Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Deprecated));
		assert!(!Models::accepts_providers(0));
		assert!(Models::job_model(0).is_some(), "deprecated models still take jobs");

		assert_ok!(Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Banned));
		assert!(Models::job_model(0).is_none());
		System::assert_last_event(
			Event::StatusChanged { model: 0, status: ModelStatus::Banned }.into(),
		);

		assert_ok!(Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Active));
		assert!(Models::accepts_providers(0));
	});
}

#[test]
fn royalty_split_adds_up() {
	let list = [
		Beneficiary { account: 1u64, share: Perbill::from_percent(33) },
		Beneficiary { account: 2u64, share: Perbill::from_percent(33) },
		Beneficiary { account: 3u64, share: Perbill::from_percent(34) },
	];
	for amount in [0u128, 1, 2, 99, 100, 101, 12_345_678_901] {
		let parts = crate::split_royalty(amount, &list);
		assert_eq!(parts.iter().map(|p| p.1).sum::<u128>(), amount);
	}
	assert_eq!(crate::split_royalty(100u128, &list), vec![(1, 33), (2, 33), (3, 34)]);
}

#[test]
fn a_models_deposit_pays_for_its_faults_and_a_short_one_suspends_it() {
	test(|| {
		assert_ok!(register(ALICE, 1));
		let deposit = held(ALICE);
		let issuance = Balances::total_issuance();
		// Part of the deposit pays a provider; any shortfall below the entry's deposit
		// suspends the model.
		assert_eq!(Models::charge_deposit(0, &BOB, 30), 30);
		assert_eq!(held(ALICE), deposit - 30);
		assert_eq!(Balances::free_balance(BOB), ENDOWMENT + 30);
		assert_eq!(Balances::total_issuance(), issuance);
		System::assert_has_event(Event::DepositCharged { model: 0, to: BOB, amount: 30 }.into());
		let suspended = ModelStatus::Suspended { deprecated: false };
		System::assert_last_event(Event::StatusChanged { model: 0, status: suspended }.into());
		let m = ModelsMap::<Test>::get(0).unwrap();
		assert_eq!((m.deposit, m.status), (deposit - 30, suspended));
		assert!(Models::job_model(0).is_none(), "a suspended model takes no jobs");
		assert!(!<Models as verity_primitives::ModelsInspect>::accepts_providers(0));

		// It pays no more than it holds.
		assert_eq!(Models::charge_deposit(0, &CAROL, 10 * deposit), deposit - 30);
		assert_eq!(held(ALICE), 0);
		assert_eq!(Models::charge_deposit(0, &CAROL, 5), 0);
		assert_eq!(Models::charge_deposit(7, &CAROL, 5), 0, "no such model");

		// The owner holds the deposit again (here: with a new URI): the model takes jobs again.
		assert_noop!(
			Models::set_uri(RuntimeOrigin::signed(POOR), 0, uri("file:///m")),
			Error::<Test>::NotOwner
		);
		assert_ok!(Models::set_uri(
			RuntimeOrigin::signed(ALICE),
			0,
			uri("https://example.org/m.onnx")
		));
		let m = ModelsMap::<Test>::get(0).unwrap();
		assert_eq!(m.status, ModelStatus::Active);
		assert_eq!(held(ALICE), m.deposit);
		assert!(Models::job_model(0).is_some());
	});
}

#[test]
fn a_suspension_keeps_what_governance_decided() {
	test(|| {
		assert_ok!(register(ALICE, 1));
		let deposit = held(ALICE);
		// Governance deprecated the model; then its deposit ran short.
		assert_ok!(Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Deprecated));
		Models::charge_deposit(0, &BOB, deposit);
		let suspended = ModelStatus::Suspended { deprecated: true };
		assert_eq!(ModelsMap::<Test>::get(0).unwrap().status, suspended);
		// Governance cannot suspend or lift a suspension; what it sets while the deposit is
		// short applies once the deposit is restored.
		assert_noop!(
			Models::set_status(
				RuntimeOrigin::root(),
				0,
				ModelStatus::Suspended { deprecated: false }
			),
			Error::<Test>::NotSettable
		);
		assert_noop!(
			Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Deprecated),
			Error::<Test>::StatusUnchanged
		);
		// Restoring the deposit gives back the deprecated status, not `Active`.
		assert_ok!(Models::set_uri(
			RuntimeOrigin::signed(ALICE),
			0,
			uri("https://example.org/m.onnx")
		));
		assert_eq!(ModelsMap::<Test>::get(0).unwrap().status, ModelStatus::Deprecated);
		System::assert_last_event(
			Event::StatusChanged { model: 0, status: ModelStatus::Deprecated }.into(),
		);

		// Banned, then short, then un-banned: still suspended until the deposit is back.
		assert_ok!(Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Banned));
		Models::charge_deposit(0, &BOB, held(ALICE));
		assert_eq!(ModelsMap::<Test>::get(0).unwrap().status, ModelStatus::Banned);
		assert_ok!(Models::set_status(RuntimeOrigin::root(), 0, ModelStatus::Active));
		assert_eq!(
			ModelsMap::<Test>::get(0).unwrap().status,
			ModelStatus::Suspended { deprecated: false }
		);
		assert!(Models::job_model(0).is_none());
	});
}

fn generator_io(eos: bool) -> IoSpec {
	let t = |name: &[u8], shape: Vec<Dim>| TensorSpec {
		name: name.to_vec().try_into().unwrap(),
		elem: ElementType::Int64,
		shape: shape.try_into().unwrap(),
	};
	let mut inputs = vec![
		t(b"input_ids", vec![Dim::Fixed(1), Dim::Dynamic]),
		t(b"max_new_tokens", vec![Dim::Fixed(1)]),
	];
	if eos {
		inputs.push(t(b"eos_token_id", vec![Dim::Fixed(1)]));
	}
	IoSpec {
		inputs: inputs.try_into().unwrap(),
		outputs: vec![t(b"tokens", vec![Dim::Fixed(1), Dim::Dynamic])].try_into().unwrap(),
	}
}

fn generator(max_new: u32, context: u32, margin: u32) -> crate::GeneratorSpecOf<Test> {
	crate::GeneratorSpec {
		tokenizer: crate::TokenizerRef {
			hash: [9; 32],
			size: 1_234,
			uri: uri("file:///models/tinylm.tokenizer.json"),
		},
		max_new_tokens: max_new,
		max_context: context,
		logit_margin_ppm: margin,
	}
}

fn register_generator(
	who: AccountId,
	hash: u8,
	io: IoSpec,
	rule: ComparisonRule,
	spec: crate::GeneratorSpecOf<Test>,
) -> sp_runtime::DispatchResult {
	Models::register_with_kind(
		RuntimeOrigin::signed(who),
		[hash; 32],
		1000,
		uri("file:///models/tinylm.onnx"),
		io,
		rule,
		0,
		shares(&[]),
		crate::ModelKind::Generator(spec),
	)
}

#[test]
fn a_generator_is_registered_with_its_tokenizer_and_limits() {
	test(|| {
		assert_ok!(register_generator(
			ALICE,
			1,
			generator_io(true),
			ComparisonRule::Exact,
			generator(64, 256, 1_000)
		));
		let m = ModelsMap::<Test>::get(0).unwrap();
		assert_eq!(m.kind, crate::ModelKind::Generator(generator(64, 256, 1_000)));
		// The deposit covers the generator's part of the entry: its tokenizer URI and limits.
		let expected = 100
			+ ("file:///models/tinylm.onnx".len() as u128)
			+ codec::Encode::encoded_size(&generator_io(true)) as u128
			+ codec::Encode::encoded_size(&generator(64, 256, 1_000)) as u128;
		assert_eq!(m.deposit, expected);
		assert_eq!(held(ALICE), expected);
		// A function's entry holds what it held before kinds existed.
		assert_ok!(register(BOB, 2));
		let f = ModelsMap::<Test>::get(1).unwrap();
		assert_eq!(f.kind, crate::ModelKind::Function);
		assert_eq!(
			f.deposit,
			100 + ("file:///models/digits.onnx".len() as u128)
				+ codec::Encode::encoded_size(&io()) as u128
		);
	});
}

#[test]
fn a_generator_with_another_interface_or_silly_limits_is_refused_and_nothing_held() {
	test(|| {
		let ok = generator(64, 256, 1_000);
		let cases: Vec<(IoSpec, ComparisonRule, crate::GeneratorSpecOf<Test>, Error<Test>)> = vec![
			(io(), ComparisonRule::Exact, ok.clone(), Error::NotAGenerator),
			(
				generator_io(false),
				ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 0 },
				ok.clone(),
				Error::NotAGenerator,
			),
			(
				generator_io(false),
				ComparisonRule::Exact,
				generator(0, 256, 0),
				Error::BadGenerationLimits,
			),
			(
				generator_io(false),
				ComparisonRule::Exact,
				generator(4_097, 8_192, 0),
				Error::BadGenerationLimits,
			),
			(
				generator_io(false),
				ComparisonRule::Exact,
				generator(256, 256, 0),
				Error::BadGenerationLimits,
			),
			(
				generator_io(false),
				ComparisonRule::Exact,
				generator(64, 256, 100_001),
				Error::BadGenerationLimits,
			),
			(
				generator_io(false),
				ComparisonRule::Exact,
				crate::GeneratorSpec {
					tokenizer: crate::TokenizerRef { size: 0, ..ok.tokenizer.clone() },
					..ok.clone()
				},
				Error::BadSize,
			),
			(
				generator_io(false),
				ComparisonRule::Exact,
				crate::GeneratorSpec {
					tokenizer: crate::TokenizerRef {
						uri: uri("ftp://x/t.json"),
						..ok.tokenizer.clone()
					},
					..ok.clone()
				},
				Error::BadUri,
			),
		];
		for (io, rule, spec, error) in cases {
			assert_noop!(register_generator(ALICE, 1, io, rule, spec), error);
		}
		assert_eq!(held(ALICE), 0);
		assert_eq!(ModelsMap::<Test>::iter().count(), 0);
		assert_ok!(register_generator(ALICE, 1, generator_io(false), ComparisonRule::Exact, ok));
	});
}

#[test]
fn the_v1_migration_makes_every_old_entry_a_function_and_keeps_its_deposit() {
	use crate::migrations::v1;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		assert_ok!(register(ALICE, 1));
		assert_ok!(register(BOB, 2));
		let new = |id| codec::Encode::encode(&ModelsMap::<Test>::get(id).unwrap());
		let (a, b) = (ModelsMap::<Test>::get(0).unwrap(), ModelsMap::<Test>::get(1).unwrap());
		let (a_bytes, b_bytes) = (new(0), new(1));
		// Write both entries as version 0 stored them: without a kind.
		for m in [&a, &b] {
			let old: v1::OldModelInfoOf<Test> = v1::OldModelInfo {
				owner: m.owner,
				hash: m.hash,
				size: m.size,
				uri: m.uri.clone(),
				io: m.io.clone(),
				rule: m.rule,
				royalty_per_job: m.royalty_per_job,
				royalties: m.royalties.clone(),
				status: m.status,
				deposit: m.deposit,
			};
			let id = ModelByHash::<Test>::get(m.hash).unwrap();
			frame_support::storage::unhashed::put(&ModelsMap::<Test>::hashed_key_for(id), &old);
		}
		StorageVersion::new(0).put::<Models>();
		assert!(
			ModelsMap::<Test>::try_get(0).is_err(),
			"the old layout does not decode as the new"
		);

		v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!((new(0), new(1)), (a_bytes.clone(), b_bytes.clone()));
		assert_eq!(a.kind, crate::ModelKind::Function);
		assert_eq!(Models::on_chain_storage_version(), StorageVersion::new(1));
		assert_ok!(Models::do_try_state());

		// Run again, it changes nothing.
		v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!((new(0), new(1)), (a_bytes, b_bytes));
	});
}

fn image_io(shape: Vec<Dim>, elem: ElementType) -> IoSpec {
	let t = |name: &[u8], elem, shape: Vec<Dim>| TensorSpec {
		name: name.to_vec().try_into().unwrap(),
		elem,
		shape: shape.try_into().unwrap(),
	};
	IoSpec {
		inputs: vec![t(b"images", elem, shape)].try_into().unwrap(),
		outputs: vec![t(b"output0", ElementType::Float32, vec![Dim::Fixed(1), Dim::Dynamic])]
			.try_into()
			.unwrap(),
	}
}

fn register_image(io: IoSpec, spec: crate::ImageSpec) -> sp_runtime::DispatchResult {
	Models::register_with_kind(
		RuntimeOrigin::signed(ALICE),
		[3; 32],
		1000,
		uri("file:///models/yolo.onnx"),
		io,
		ComparisonRule::Tolerance { abs_ppb: 1_000_000, rel_ppb: 1_000_000 },
		0,
		shares(&[]),
		crate::ModelKind::Image(spec),
	)
}

#[test]
fn an_image_model_declares_how_a_picture_becomes_its_input() {
	use crate::{ImageSpec, Resize};
	use Dim::{Dynamic, Fixed};
	test(|| {
		let yolo =
			ImageSpec { resize: Resize::Letterbox, mean_ppm: [0; 3], std_ppm: [1_000_000; 3] };
		let square = vec![Fixed(1), Fixed(3), Fixed(320), Fixed(320)];
		let refused = [
			(
				image_io(vec![Fixed(1), Fixed(3), Dynamic, Dynamic], ElementType::Float32),
				yolo,
				Error::<Test>::NotAnImageModel,
			),
			(
				image_io(vec![Fixed(1), Fixed(4), Fixed(8), Fixed(8)], ElementType::Float32),
				yolo,
				Error::NotAnImageModel,
			),
			(image_io(square.clone(), ElementType::UInt8), yolo, Error::NotAnImageModel),
			(
				image_io(vec![Fixed(3), Fixed(320), Fixed(320)], ElementType::Float32),
				yolo,
				Error::NotAnImageModel,
			),
			(
				image_io(square.clone(), ElementType::Float32),
				ImageSpec { std_ppm: [1, 0, 1], ..yolo },
				Error::BadPreprocessing,
			),
			(
				image_io(square.clone(), ElementType::Float32),
				ImageSpec { mean_ppm: [1_000_001, 0, 0], ..yolo },
				Error::BadPreprocessing,
			),
		];
		for (io, spec, error) in refused {
			assert_noop!(register_image(io, spec), error);
		}
		assert_eq!(held(ALICE), 0);
		let imagenet = ImageSpec {
			resize: Resize::Stretch,
			mean_ppm: [485_000, 456_000, 406_000],
			std_ppm: [229_000, 224_000, 225_000],
		};
		assert_ok!(register_image(image_io(square, ElementType::Float32), imagenet));
		let m = ModelsMap::<Test>::get(0).unwrap();
		assert_eq!(m.kind, crate::ModelKind::Image(imagenet));
		assert_eq!(
			m.deposit,
			100 + ("file:///models/yolo.onnx".len() as u128)
				+ codec::Encode::encoded_size(&m.io) as u128
				+ codec::Encode::encoded_size(&imagenet) as u128
		);
	});
}
