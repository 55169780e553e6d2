//! What clients ask the runtime about providers (`api.call.providersApi.*` in polkadot.js).

// decl_runtime_apis! repeats the generic bounds in its expansion.
#![allow(clippy::multiple_bound_locations)]

use crate::PoolEntry;
use codec::Codec;
use verity_primitives::ModelId;

sp_api::decl_runtime_apis! {
	/// Queries of the provider registry.
	#[api_version(2)]
	pub trait ProvidersApi<AccountId: Codec, Balance: Codec, ProviderInfo: Codec> {
		/// The entry of a provider.
		fn provider(who: AccountId) -> Option<ProviderInfo>;
		/// The pool of a model: its active providers with their stakes and prices. A job's
		/// seats are drawn from it, each with a chance of `stake / total stake`.
		fn providers_of(model: ModelId) -> alloc::vec::Vec<PoolEntry<AccountId, Balance>>;
	}
}

impl<T: crate::Config> crate::Pallet<T> {
	/// The pool of a model.
	pub fn providers_of(model: ModelId) -> alloc::vec::Vec<crate::PoolEntryOf<T>> {
		crate::ModelProviders::<T>::get(model).into_inner()
	}
}
