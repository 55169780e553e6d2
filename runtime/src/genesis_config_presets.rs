//! Genesis presets: `dev` (one validator, Alice, with a sudo key), `local` (Alice, Bob,
//! Charlie and Dave as validators, no sudo key: the local network is governed for real, by
//! referenda on test periods of a few blocks) and `production` (governance on its production
//! periods of hours and days, and no keys at all: a real network supplies its validators,
//! session keys and endowments in a chain-spec patch, and genesis refuses the well-known
//! development keys). Only `dev` has a sudo key.

use crate::{
	configs::TreasuryAccount, AccountId, BabeConfig, BalancesConfig, BlockNumber, JobsConfig,
	OriginsConfig, ProvidersConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig,
	ValidatorsConfig, BABE_GENESIS_EPOCH_CONFIG, MINUTES, UNIT,
};
use alloc::{string::String, vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_jobs::ProtocolParams;
use serde_json::Value;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::Perbill;

/// What each endowed development account starts with: one million VRT.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// The treasury starts with this much, so it can receive fees and slashes of any size.
pub const TREASURY_SEED: crate::Balance = UNIT;
/// The least bond of a compute provider.
pub const MIN_PROVIDER_BOND: crate::Balance = 100 * UNIT;

/// The protocol parameters of the presets: audited jobs with one auditor, audited always until
/// a provider has 10 checked results on a model and at least 5 % of the time after; escalations
/// of 3 seats; results challengeable for ten minutes (the providers' unbonding delay) with a bond
/// of a tenth of the minimum bond. A `Quorum` job's submitter chooses its redundancy.
pub fn protocol_params() -> ProtocolParams<BlockNumber> {
	ProtocolParams {
		auditors: 1,
		audit_floor: Perbill::from_percent(5),
		trusted_after: 10,
		escalation: 3,
		commit_period: 10,
		reveal_period: 10,
		wrong_output_slash: Perbill::from_percent(10),
		no_show_slash: Perbill::from_percent(1),
		protocol_fee: Perbill::from_percent(5),
		retention: 60 * MINUTES,
		challenge_period: 10 * MINUTES,
		challenge_bond: Perbill::from_percent(10),
	}
}

/// Slots per BABE epoch (and session) on the development chains (`dev`, `local`): 150
/// seconds. A new validator set is active within two epochs.
pub const DEV_EPOCH_LENGTH: u64 = 50;
/// Slots per BABE epoch on `production`: an hour.
pub const PRODUCTION_EPOCH_LENGTH: u64 = 1_200;

fn testnet_genesis(
	initial_authorities: Vec<(AccountId, BabeId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: Option<AccountId>,
	params: ProtocolParams<BlockNumber>,
	test_periods: bool,
) -> Value {
	let mut balances: Vec<(AccountId, crate::Balance)> =
		endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect();
	balances.push((TreasuryAccount::get(), TREASURY_SEED));
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		providers: ProvidersConfig { min_bond: MIN_PROVIDER_BOND, unbonding_delay: 10 * MINUTES },
		jobs: JobsConfig { params: Some(params) },
		validators: ValidatorsConfig {
			validators: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
			epoch_length: if test_periods { DEV_EPOCH_LENGTH } else { PRODUCTION_EPOCH_LENGTH },
		},
		babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		// BABE's and GRANDPA's authorities come from the session keys.
		session: SessionConfig { keys: session_keys(&initial_authorities) },
		sudo: SudoConfig { key: root },
		origins: OriginsConfig { test_periods },
	})
}

/// pallet-session's genesis keys of validators.
fn session_keys(
	authorities: &[(AccountId, BabeId, GrandpaId)],
) -> Vec<(AccountId, AccountId, SessionKeys)> {
	authorities
		.iter()
		.map(|(account, babe, grandpa)| {
			(
				account.clone(),
				account.clone(),
				SessionKeys { babe: babe.clone(), grandpa: grandpa.clone() },
			)
		})
		.collect()
}

/// A development validator: its account (the sr25519 key), BABE key (the same) and GRANDPA key.
fn authority(who: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, BabeId, GrandpaId) {
	(who.to_account_id(), who.public().into(), grandpa.public().into())
}

/// Alice, Bob, Charlie and Dave: the validators of `local`.
fn four_validators() -> Vec<(AccountId, BabeId, GrandpaId)> {
	vec![
		authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	]
}

/// The well-known development accounts, endowed in every preset.
fn endowed() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|k| k != &Sr25519Keyring::One && k != &Sr25519Keyring::Two)
		.map(|k| k.to_account_id())
		.collect()
}

/// The `dev` preset: Alice authors and finalizes alone and holds the sudo key; jobs need one
/// provider.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		endowed(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		protocol_params(),
		true,
	)
}

/// The `local` preset: Alice, Bob, Charlie and Dave are the validators; no sudo key; each job
/// goes to three providers and two must agree.
///
/// Four validators, not three: GRANDPA finalizes with more than two thirds of the voters, which
/// for three equal voters means all three (threshold `n - (n - 1) / 3` = 3). With four, the
/// threshold is still three, so the network keeps finalizing with any one validator down.
pub fn local_config_genesis() -> Value {
	testnet_genesis(four_validators(), endowed(), None, protocol_params(), true)
}

/// The name of the production preset.
pub const PRODUCTION_PRESET: &str = "production";

/// The `production` preset: no sudo key, redundancy 3 and quorum 2, governance on its
/// production periods (hours to prepare, days to decide and confirm), hour-long epochs — and
/// no validators, session keys or endowments: a real network supplies its own in a chain-spec
/// patch (`verity-node production-spec --patch FILE`, docs/operator.md). Genesis refuses to
/// build without validators, or with a well-known development key among them.
pub fn production_config_genesis() -> Value {
	let forbidden: Vec<AccountId> = Sr25519Keyring::iter().map(|k| k.to_account_id()).collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: vec![(TreasuryAccount::get(), TREASURY_SEED)] },
		providers: ProvidersConfig { min_bond: MIN_PROVIDER_BOND, unbonding_delay: 10 * MINUTES },
		jobs: JobsConfig { params: Some(protocol_params()) },
		validators: ValidatorsConfig { epoch_length: PRODUCTION_EPOCH_LENGTH, forbidden },
		babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		origins: OriginsConfig { test_periods: false },
	})
}

/// The JSON patch of the preset named `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		PRODUCTION_PRESET => production_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The names of the presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(PRODUCTION_PRESET),
	]
}
