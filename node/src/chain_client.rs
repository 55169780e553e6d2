//! A small blocking client of a Verity node's JSON-RPC, shared by `verity-node demo-job` and the
//! node's end-to-end tests: jsonrpsee's WebSocket client on the node's RPC port (which serves
//! WebSocket and HTTP alike), FRAME's typed storage keys, the runtime's own event and account
//! types, and extrinsics signed with the well-known development keys (so: development chains
//! only).

use codec::{Decode, Encode};
use jsonrpsee::{
	core::client::ClientT,
	ws_client::{WsClient, WsClientBuilder},
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, AccountId32, MultiAddress, MultiSignature};
use std::time::{Duration, Instant};
use verity_runtime::{Runtime, RuntimeCall, RuntimeEvent, SignedPayload, UncheckedExtrinsic};

/// A block hash.
pub type Hash = sp_core::H256;
/// One of the runtime's event records, as `System::Events` stores them.
pub type EventRecord = frame_system::EventRecord<RuntimeEvent, Hash>;

/// The key of `System::Events`: frame-system keeps that storage item private, so its key is
/// built as FRAME builds every plain value's, from the pallet's and the item's names.
pub fn events_key() -> [u8; 32] {
	let mut key = [0u8; 32];
	key[..16].copy_from_slice(&sp_crypto_hashing::twox_128(b"System"));
	key[16..].copy_from_slice(&sp_crypto_hashing::twox_128(b"Events"));
	key
}

/// Bytes as 0x-prefixed lower-case hex, as the node prints hashes and encodings.
pub fn hex(bytes: &[u8]) -> String {
	format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

/// 0x-prefixed (or bare) hex as bytes; `None` if it is not hex.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
	let s = s.strip_prefix("0x").unwrap_or(s);
	if s.len() % 2 != 0 {
		return None;
	}
	(0..s.len() / 2).map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()).collect()
}

/// `call` signed by the development key `who` with the runtime's transaction extensions:
/// immortal, no tip, no metadata hash, for a chain with `genesis` at runtime `spec` and
/// transaction version `tx`.
pub fn signed(
	who: Sr25519Keyring,
	call: RuntimeCall,
	nonce: u32,
	genesis: Hash,
	spec: u32,
	tx: u32,
) -> UncheckedExtrinsic {
	let extension = verity_runtime::tx_extension(Era::Immortal, nonce);
	let implicit = ((), spec, tx, genesis, genesis, (), (), (), (), (), None);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|p| who.sign(p));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(who.to_account_id()),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

/// A connection to a node's JSON-RPC on 127.0.0.1. Every call blocks until the node answers
/// (or a minute passes); errors are messages naming the method.
pub struct ChainClient {
	runtime: tokio::runtime::Runtime,
	client: WsClient,
}

impl ChainClient {
	/// Connects to the node whose RPC server listens on 127.0.0.1:`port`.
	pub fn connect(port: u16) -> Result<Self, String> {
		let runtime = tokio::runtime::Builder::new_current_thread()
			.enable_all()
			.build()
			.map_err(|e| format!("cannot start the RPC client's runtime: {e}"))?;
		let url = format!("ws://127.0.0.1:{port}");
		let client = runtime
			.block_on(
				WsClientBuilder::default()
					// A block's events or a large stored result can exceed the default 10 MiB.
					.max_response_size(64 << 20)
					.request_timeout(Duration::from_secs(60))
					.build(&url),
			)
			.map_err(|e| format!("cannot reach the node at {url}: {e}"))?;
		Ok(Self { runtime, client })
	}

	/// Whether the connection still stands (the node may have stopped).
	pub fn is_connected(&self) -> bool {
		self.client.is_connected()
	}

	/// Calls `method` with positional `params` and decodes its result as `R`.
	pub fn call<R: DeserializeOwned>(&self, method: &str, params: Vec<Value>) -> Result<R, String> {
		self.runtime
			.block_on(self.client.request(method, params))
			.map_err(|e| format!("{method}: {e}"))
	}

	/// The SCALE-encoded value at storage `key`, at block `at` (the best block if `None`).
	pub fn storage_raw(&self, key: &[u8], at: Option<Hash>) -> Result<Option<Vec<u8>>, String> {
		let mut params = vec![Value::from(hex(key))];
		if let Some(at) = at {
			params.push(Value::from(hex(at.as_bytes())));
		}
		let raw: Option<String> = self.call("state_getStorage", params)?;
		raw.map(|s| unhex(&s).ok_or_else(|| format!("state_getStorage: not hex: {s}"))).transpose()
	}

	/// The value at storage `key` decoded as `T` (a key from FRAME's `hashed_key_for`).
	pub fn storage<T: Decode>(&self, key: &[u8], at: Option<Hash>) -> Result<Option<T>, String> {
		self.storage_raw(key, at)?
			.map(|raw| {
				T::decode(&mut &raw[..])
					.map_err(|e| format!("the value at {} does not decode: {e}", hex(key)))
			})
			.transpose()
	}

	/// The hash of block `number` on the best chain, if there is one.
	pub fn block_hash(&self, number: u64) -> Result<Option<Hash>, String> {
		self.call("chain_getBlockHash", vec![Value::from(number)])
	}

	/// The number of the block `hash` (the best block if `None`).
	pub fn block_number(&self, hash: Option<Hash>) -> Result<u64, String> {
		let params = hash.map(|h| vec![Value::from(hex(h.as_bytes()))]).unwrap_or_default();
		let header: Value = self.call("chain_getHeader", params)?;
		let n = header["number"].as_str().ok_or("chain_getHeader: no block number")?;
		u64::from_str_radix(n.trim_start_matches("0x"), 16)
			.map_err(|e| format!("block number {n}: {e}"))
	}

	/// The number of the best and of the finalized block.
	pub fn best_and_finalized(&self) -> Result<(u64, u64), String> {
		let finalized: Hash = self.call("chain_getFinalizedHead", vec![])?;
		Ok((self.block_number(None)?, self.block_number(Some(finalized))?))
	}

	/// The events of block `number` of the best chain (none if there is no such block).
	pub fn events(&self, number: u64) -> Result<Vec<RuntimeEvent>, String> {
		let Some(hash) = self.block_hash(number)? else { return Ok(vec![]) };
		let records: Option<Vec<EventRecord>> = self.storage(&events_key(), Some(hash))?;
		Ok(records.unwrap_or_default().into_iter().map(|r| r.event).collect())
	}

	/// The free balance of `account` at the best block.
	pub fn free_balance(&self, account: &AccountId32) -> Result<u128, String> {
		let key = frame_system::Account::<Runtime>::hashed_key_for(account);
		let info: Option<frame_system::AccountInfo<u32, pallet_balances::AccountData<u128>>> =
			self.storage(&key, None)?;
		Ok(info.map(|i| i.data.free).unwrap_or_default())
	}

	/// Signs `call` with the development key `who` at its next nonce and submits it; returns
	/// the transaction's hash.
	pub fn submit(&self, who: Sr25519Keyring, call: RuntimeCall) -> Result<Hash, String> {
		let ss58 = sp_core::crypto::Ss58Codec::to_ss58check(&who.to_account_id());
		let nonce: u32 = self.call("system_accountNextIndex", vec![Value::from(ss58)])?;
		let genesis = self.block_hash(0)?.ok_or("the node has no genesis block")?;
		let version: Value = self.call("state_getRuntimeVersion", vec![])?;
		let field = |name: &str| {
			version[name]
				.as_u64()
				.and_then(|v| u32::try_from(v).ok())
				.ok_or_else(|| format!("state_getRuntimeVersion: no {name}"))
		};
		let xt =
			signed(who, call, nonce, genesis, field("specVersion")?, field("transactionVersion")?);
		self.call("author_submitExtrinsic", vec![Value::from(hex(&xt.encode()))])
	}

	/// Follows the best chain from block `from` until `pick` accepts an event; returns what it
	/// picked and the block's number.
	pub fn wait_for_event<T>(
		&self,
		from: u64,
		timeout: Duration,
		mut pick: impl FnMut(&RuntimeEvent) -> Option<T>,
	) -> Result<(T, u64), String> {
		let start = Instant::now();
		let mut next = from;
		while start.elapsed() < timeout {
			let best = self.block_number(None)?;
			while next <= best {
				for e in self.events(next)? {
					if let Some(t) = pick(&e) {
						return Ok((t, next));
					}
				}
				next += 1;
			}
			std::thread::sleep(Duration::from_millis(500));
		}
		Err(format!("nothing happened within {timeout:?}"))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hex_round_trips_and_refuses_what_is_not_hex() {
		assert_eq!(hex(&[0, 0xab, 0xff]), "0x00abff");
		assert_eq!(unhex("0x00abff"), Some(vec![0, 0xab, 0xff]));
		assert_eq!(unhex("00ABff"), Some(vec![0, 0xab, 0xff]));
		assert_eq!(unhex("0x"), Some(vec![]));
		assert_eq!(unhex("0xabc"), None, "odd length");
		assert_eq!(unhex("0xzz"), None);
		assert_eq!(unhex("0xé1"), None, "not ASCII");
	}

	#[test]
	fn the_events_key_is_the_chains() {
		// The well-known key of `System::Events`, and the prefix FRAME's typed keys of
		// `System::Account` share with it.
		assert_eq!(
			hex(&events_key()),
			"0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7"
		);
		let account = frame_system::Account::<Runtime>::hashed_key_for(
			sp_keyring::Sr25519Keyring::Alice.to_account_id(),
		);
		assert_eq!(account[..16], events_key()[..16]);
	}
}
