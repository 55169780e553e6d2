//! What clients ask the runtime about models (`api.call.modelsApi.*` in polkadot.js).

// decl_runtime_apis! repeats the generic bounds in its expansion.
#![allow(clippy::multiple_bound_locations)]

use codec::Codec;
use verity_primitives::{ModelHash, ModelId};

sp_api::decl_runtime_apis! {
	/// Queries of the model registry. Version 2: a model's entry ends with its kind
	/// (function or generator, with its tokenizer and limits).
	#[api_version(2)]
	pub trait ModelsApi<ModelInfo: Codec> {
		/// The entry of a model.
		fn model(id: ModelId) -> Option<ModelInfo>;
		/// The id of the model with this content hash.
		fn model_by_hash(hash: ModelHash) -> Option<ModelId>;
	}
}
