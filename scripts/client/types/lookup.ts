// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_babe::pallet::Call<T>
   **/
  PalletBabeCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusSlotsEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusSlotsEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      plan_config_change: {
        config: 'SpConsensusBabeDigestsNextConfigDescriptor'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_slots::EquivocationProof<sp_runtime::generic::header::Header<Number, Hash>, sp_consensus_babe::app::Public>
   **/
  SpConsensusSlotsEquivocationProof: {
    offender: 'SpConsensusBabeAppPublic',
    slot: 'u64',
    firstHeader: 'SpRuntimeHeader',
    secondHeader: 'SpRuntimeHeader'
  },
  /**
   * Lookup20: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup22: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup24: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup26: sp_consensus_babe::app::Public
   **/
  SpConsensusBabeAppPublic: '[u8;32]',
  /**
   * Lookup28: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup29: sp_consensus_babe::digests::NextConfigDescriptor
   **/
  SpConsensusBabeDigestsNextConfigDescriptor: {
    _enum: {
      __Unused0: 'Null',
      V1: {
        c: '(u64,u64)',
        allowedSlots: 'SpConsensusBabeAllowedSlots'
      }
    }
  },
  /**
   * Lookup31: sp_consensus_babe::AllowedSlots
   **/
  SpConsensusBabeAllowedSlots: {
    _enum: ['PrimarySlots', 'PrimaryAndSecondaryPlainSlots', 'PrimaryAndSecondaryVRFSlots']
  },
  /**
   * Lookup32: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup33: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup34: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup35: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup36: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup37: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup38: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup41: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup42: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup44: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup49: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup50: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup51: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup52: pallet_validators::pallet::Call<T>
   **/
  PalletValidatorsCall: {
    _enum: {
      add_validator: {
        who: 'AccountId32',
      },
      remove_validator: {
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup53: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'VerityRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup54: verity_runtime::SessionKeys
   **/
  VerityRuntimeSessionKeys: {
    babe: 'SpConsensusBabeAppPublic',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup55: pallet_models::pallet::Call<T>
   **/
  PalletModelsCall: {
    _enum: {
      register: {
        _alias: {
          hash_: 'hash',
          size_: 'size',
        },
        hash_: '[u8;32]',
        size_: 'u64',
        uri: 'Bytes',
        io: 'VerityPrimitivesTensorIoSpec',
        rule: 'VerityPrimitivesCompareComparisonRule',
        royaltyPerJob: 'u128',
        royalties: 'Vec<PalletModelsBeneficiary>',
      },
      set_uri: {
        model: 'u32',
        uri: 'Bytes',
      },
      set_royalties: {
        model: 'u32',
        royaltyPerJob: 'u128',
        royalties: 'Vec<PalletModelsBeneficiary>',
      },
      set_status: {
        model: 'u32',
        status: 'PalletModelsModelStatus',
      },
      register_with_kind: {
        _alias: {
          hash_: 'hash',
          size_: 'size',
        },
        hash_: '[u8;32]',
        size_: 'u64',
        uri: 'Bytes',
        io: 'VerityPrimitivesTensorIoSpec',
        rule: 'VerityPrimitivesCompareComparisonRule',
        royaltyPerJob: 'u128',
        royalties: 'Vec<PalletModelsBeneficiary>',
        kind: 'PalletModelsModelKind'
      }
    }
  },
  /**
   * Lookup57: verity_primitives::tensor::IoSpec
   **/
  VerityPrimitivesTensorIoSpec: {
    inputs: 'Vec<VerityPrimitivesTensorTensorSpec>',
    outputs: 'Vec<VerityPrimitivesTensorTensorSpec>'
  },
  /**
   * Lookup59: verity_primitives::tensor::TensorSpec
   **/
  VerityPrimitivesTensorTensorSpec: {
    name: 'Bytes',
    elem: 'VerityPrimitivesTensorElementType',
    shape: 'Vec<VerityPrimitivesTensorDim>'
  },
  /**
   * Lookup61: verity_primitives::tensor::ElementType
   **/
  VerityPrimitivesTensorElementType: {
    _enum: ['__Unused0', 'Float32', 'UInt8', 'Int8', 'UInt16', 'Int16', 'Int32', 'Int64', '__Unused8', 'Bool', 'Float16', 'Float64', 'UInt32', 'UInt64']
  },
  /**
   * Lookup63: verity_primitives::tensor::Dim
   **/
  VerityPrimitivesTensorDim: {
    _enum: {
      Fixed: 'u32',
      Dynamic: 'Null'
    }
  },
  /**
   * Lookup66: verity_primitives::compare::ComparisonRule
   **/
  VerityPrimitivesCompareComparisonRule: {
    _enum: {
      Exact: 'Null',
      Tolerance: {
        absPpb: 'u32',
        relPpb: 'u32'
      }
    }
  },
  /**
   * Lookup68: pallet_models::types::Beneficiary<sp_core::crypto::AccountId32>
   **/
  PalletModelsBeneficiary: {
    account: 'AccountId32',
    share: 'Perbill'
  },
  /**
   * Lookup71: pallet_models::types::ModelStatus
   **/
  PalletModelsModelStatus: {
    _enum: {
      Active: 'Null',
      Deprecated: 'Null',
      Banned: 'Null',
      Suspended: {
        deprecated: 'bool'
      }
    }
  },
  /**
   * Lookup72: pallet_models::types::ModelKind<MaxUri>
   **/
  PalletModelsModelKind: {
    _enum: {
      Function: 'Null',
      Generator: 'PalletModelsGeneratorSpec',
      Image: 'PalletModelsImageSpec'
    }
  },
  /**
   * Lookup73: pallet_models::types::GeneratorSpec<MaxUri>
   **/
  PalletModelsGeneratorSpec: {
    tokenizer: 'PalletModelsTokenizerRef',
    maxNewTokens: 'u32',
    maxContext: 'u32',
    logitMarginPpm: 'u32'
  },
  /**
   * Lookup74: pallet_models::types::TokenizerRef<MaxUri>
   **/
  PalletModelsTokenizerRef: {
    _alias: {
      hash_: 'hash',
      size_: 'size'
    },
    hash_: '[u8;32]',
    size_: 'u32',
    uri: 'Bytes'
  },
  /**
   * Lookup75: pallet_models::types::ImageSpec
   **/
  PalletModelsImageSpec: {
    resize: 'PalletModelsResize',
    meanPpm: '[u32;3]',
    stdPpm: '[u32;3]'
  },
  /**
   * Lookup76: pallet_models::types::Resize
   **/
  PalletModelsResize: {
    _enum: ['Letterbox', 'Stretch']
  },
  /**
   * Lookup78: pallet_providers::pallet::Call<T>
   **/
  PalletProvidersCall: {
    _enum: {
      register: {
        bond: 'u128',
        price: 'u128',
        models: 'Vec<u32>',
      },
      update: {
        price: 'u128',
        models: 'Option<Vec<u32>>',
      },
      bond_extra: {
        amount: 'u128',
      },
      unbond: 'Null',
      withdraw: 'Null',
      suspend: {
        who: 'AccountId32',
      },
      resume: {
        who: 'AccountId32',
      },
      set_params: {
        minBond: 'u128',
        unbondingDelay: 'u32',
      },
      set_encryption_key: {
        key: '[u8;32]',
        rotation: 'u32'
      }
    }
  },
  /**
   * Lookup82: pallet_jobs::pallet::Call<T>
   **/
  PalletJobsCall: {
    _enum: {
      submit: {
        model: 'u32',
        input: 'Bytes',
        maxFee: 'u128',
        tier: 'PalletJobsTier',
      },
      commit: {
        job: 'u64',
        commitment: 'H256',
      },
      reveal: {
        job: 'u64',
        outcome: 'VerityPrimitivesOutcome',
        salt: '[u8;32]',
      },
      cancel: {
        job: 'u64',
      },
      set_params: {
        params: 'PalletJobsProtocolParams',
      },
      commit_many: {
        commits: 'Vec<(u64,H256)>',
      },
      reveal_many: {
        reveals: 'Vec<(u64,VerityPrimitivesOutcome,[u8;32])>',
        assignments: 'u32',
      },
      challenge: {
        job: 'u64',
      },
      submit_stored: {
        model: 'u32',
        inputHash: 'H256',
        inputLen: 'u32',
        maxFee: 'u128',
        tier: 'PalletJobsTier',
      },
      reveal_stored: {
        job: 'u64',
        salt: '[u8;32]',
        output: 'Bytes',
      },
      submit_many: {
        model: 'u32',
        inputs: 'Vec<Bytes>',
        maxFee: 'u128',
        tier: 'PalletJobsTier',
      },
      submit_private: {
        model: 'u32',
        inputHash: 'H256',
        inputLen: 'u32',
        keyCommitment: '[u8;32]',
        maxFee: 'u128',
        tier: 'PalletJobsTier',
      },
      provide_keys: {
        _alias: {
          keys_: 'keys',
        },
        job: 'u64',
        ephemeral: '[u8;32]',
        keys_: 'Vec<[u8;48]>',
      },
      judge: {
        job: 'u64',
        agrees: 'u64'
      }
    }
  },
  /**
   * Lookup84: pallet_jobs::types::Tier
   **/
  PalletJobsTier: {
    _enum: {
      Audited: 'Null',
      Quorum: {
        redundancy: 'u32'
      }
    }
  },
  /**
   * Lookup90: verity_primitives::outcome::Outcome<bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  VerityPrimitivesOutcome: {
    _enum: {
      Output: 'Bytes',
      Failure: 'VerityPrimitivesOutcomeFailureKind',
      Stored: {
        _alias: {
          hash_: 'hash',
        },
        hash_: '[u8;32]',
        len: 'u32'
      }
    }
  },
  /**
   * Lookup92: verity_primitives::outcome::FailureKind
   **/
  VerityPrimitivesOutcomeFailureKind: {
    _enum: ['ModelUnavailable', 'ModelInvalid', 'OutputInvalid', 'InferenceFailed', 'Timeout', 'OutputTooLarge', 'InputUnavailable', 'InputInvalid']
  },
  /**
   * Lookup99: pallet_jobs::types::ProtocolParams<BlockNumber>
   **/
  PalletJobsProtocolParams: {
    auditors: 'u32',
    auditFloor: 'Perbill',
    trustedAfter: 'u32',
    escalation: 'u32',
    commitPeriod: 'u32',
    revealPeriod: 'u32',
    wrongOutputSlash: 'Perbill',
    noShowSlash: 'Perbill',
    protocolFee: 'Perbill',
    retention: 'u32',
    challengePeriod: 'u32',
    challengeBond: 'Perbill'
  },
  /**
   * Lookup100: pallet_blobs::pallet::Call<T>
   **/
  PalletBlobsCall: {
    _enum: {
      store: {
        data: 'Bytes',
      },
      renew: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup101: pallet_scheduler::pallet::Call<T>
   **/
  PalletSchedulerCall: {
    _enum: {
      schedule: {
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel: {
        when: 'u32',
        index: 'u32',
      },
      schedule_named: {
        id: '[u8;32]',
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel_named: {
        id: '[u8;32]',
      },
      schedule_after: {
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      schedule_named_after: {
        id: '[u8;32]',
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      set_retry: {
        task: '(u32,u32)',
        retries: 'u8',
        period: 'u32',
      },
      set_retry_named: {
        id: '[u8;32]',
        retries: 'u8',
        period: 'u32',
      },
      cancel_retry: {
        task: '(u32,u32)',
      },
      cancel_retry_named: {
        id: '[u8;32]'
      }
    }
  },
  /**
   * Lookup104: pallet_preimage::pallet::Call<T>
   **/
  PalletPreimageCall: {
    _enum: {
      note_preimage: {
        bytes: 'Bytes',
      },
      unnote_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      request_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      unrequest_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      ensure_updated: {
        hashes: 'Vec<H256>'
      }
    }
  },
  /**
   * Lookup106: pallet_treasury::pallet::Call<T, I>
   **/
  PalletTreasuryCall: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      spend_local: {
        amount: 'Compact<u128>',
        beneficiary: 'MultiAddress',
      },
      remove_approval: {
        proposalId: 'Compact<u32>',
      },
      spend: {
        assetKind: 'Null',
        amount: 'Compact<u128>',
        beneficiary: 'AccountId32',
        validFrom: 'Option<u32>',
      },
      payout: {
        index: 'u32',
      },
      check_status: {
        index: 'u32',
      },
      void_spend: {
        index: 'u32'
      }
    }
  },
  /**
   * Lookup108: pallet_conviction_voting::pallet::Call<T, I>
   **/
  PalletConvictionVotingCall: {
    _enum: {
      vote: {
        pollIndex: 'Compact<u32>',
        vote: 'PalletConvictionVotingVoteAccountVote',
      },
      delegate: {
        class: 'u16',
        to: 'MultiAddress',
        conviction: 'PalletConvictionVotingConviction',
        balance: 'u128',
      },
      undelegate: {
        class: 'u16',
      },
      unlock: {
        class: 'u16',
        target: 'MultiAddress',
      },
      remove_vote: {
        class: 'Option<u16>',
        index: 'u32',
      },
      remove_other_vote: {
        target: 'MultiAddress',
        class: 'u16',
        index: 'u32'
      }
    }
  },
  /**
   * Lookup109: pallet_conviction_voting::vote::AccountVote<Balance>
   **/
  PalletConvictionVotingVoteAccountVote: {
    _enum: {
      Standard: {
        vote: 'Vote',
        balance: 'u128',
      },
      Split: {
        aye: 'u128',
        nay: 'u128',
      },
      SplitAbstain: {
        aye: 'u128',
        nay: 'u128',
        abstain: 'u128'
      }
    }
  },
  /**
   * Lookup112: pallet_conviction_voting::conviction::Conviction
   **/
  PalletConvictionVotingConviction: {
    _enum: ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x']
  },
  /**
   * Lookup114: pallet_referenda::pallet::Call<T, I>
   **/
  PalletReferendaCall: {
    _enum: {
      submit: {
        proposalOrigin: 'VerityRuntimeOriginCaller',
        proposal: 'FrameSupportPreimagesBounded',
        enactmentMoment: 'FrameSupportScheduleDispatchTime',
      },
      place_decision_deposit: {
        index: 'u32',
      },
      refund_decision_deposit: {
        index: 'u32',
      },
      cancel: {
        index: 'u32',
      },
      kill: {
        index: 'u32',
      },
      nudge_referendum: {
        index: 'u32',
      },
      one_fewer_deciding: {
        track: 'u16',
      },
      refund_submission_deposit: {
        index: 'u32',
      },
      set_metadata: {
        index: 'u32',
        maybeHash: 'Option<H256>'
      }
    }
  },
  /**
   * Lookup115: verity_runtime::OriginCaller
   **/
  VerityRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      __Unused31: 'Null',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      Origins: 'VerityRuntimeGovernanceOriginsPalletCustomOriginsOrigin'
    }
  },
  /**
   * Lookup116: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup117: verity_runtime::governance::origins::pallet_custom_origins::Origin
   **/
  VerityRuntimeGovernanceOriginsPalletCustomOriginsOrigin: {
    _enum: ['ProtocolParams', 'Treasurer']
  },
  /**
   * Lookup118: frame_support::traits::preimages::Bounded<verity_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>
   **/
  FrameSupportPreimagesBounded: {
    _enum: {
      Legacy: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Inline: 'Bytes',
      Lookup: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        len: 'u32'
      }
    }
  },
  /**
   * Lookup119: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup121: frame_support::traits::schedule::DispatchTime<BlockNumber>
   **/
  FrameSupportScheduleDispatchTime: {
    _enum: {
      At: 'u32',
      After: 'u32'
    }
  },
  /**
   * Lookup123: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup125: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup126: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup127: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup128: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup131: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup132: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup133: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup134: pallet_jobs::priority::PrioritizeProviderWork<T>
   **/
  PalletJobsPriorityPrioritizeProviderWork: 'Null',
  /**
   * Lookup135: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup136: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup137: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup140: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup141: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup143: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup145: frame_system::EventRecord<verity_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup147: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup148: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup149: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup150: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup151: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup152: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup153: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup154: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup155: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup156: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup157: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup160: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'VerityRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'VerityRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'VerityRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'VerityRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'VerityRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup161: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup162: verity_runtime::RuntimeHoldReason
   **/
  VerityRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Models: 'PalletModelsHoldReason',
      Providers: 'PalletProvidersHoldReason',
      Jobs: 'PalletJobsHoldReason',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      Preimage: 'PalletPreimageHoldReason'
    }
  },
  /**
   * Lookup163: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup164: pallet_models::pallet::HoldReason
   **/
  PalletModelsHoldReason: {
    _enum: ['ModelDeposit']
  },
  /**
   * Lookup165: pallet_providers::pallet::HoldReason
   **/
  PalletProvidersHoldReason: {
    _enum: ['ProviderBond']
  },
  /**
   * Lookup166: pallet_jobs::pallet::HoldReason
   **/
  PalletJobsHoldReason: {
    _enum: ['JobEscrow', 'ChallengeBond']
  },
  /**
   * Lookup167: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup168: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup169: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup170: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup173: pallet_validators::pallet::Event<T>
   **/
  PalletValidatorsEvent: {
    _enum: {
      ValidatorAdded: {
        who: 'AccountId32',
      },
      ValidatorRemoved: {
        who: 'AccountId32',
      },
      SetQueued: {
        session: 'u32',
        validators: 'u32'
      }
    }
  },
  /**
   * Lookup174: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup175: pallet_models::pallet::Event<T>
   **/
  PalletModelsEvent: {
    _enum: {
      ModelRegistered: {
        _alias: {
          hash_: 'hash',
        },
        model: 'u32',
        owner: 'AccountId32',
        hash_: '[u8;32]',
        deposit: 'u128',
      },
      UriUpdated: {
        model: 'u32',
        deposit: 'u128',
      },
      RoyaltiesUpdated: {
        model: 'u32',
        royaltyPerJob: 'u128',
      },
      StatusChanged: {
        model: 'u32',
        status: 'PalletModelsModelStatus',
      },
      DepositCharged: {
        model: 'u32',
        to: 'AccountId32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup176: pallet_providers::pallet::Event<T>
   **/
  PalletProvidersEvent: {
    _enum: {
      Registered: {
        who: 'AccountId32',
        bond: 'u128',
        price: 'u128',
      },
      Updated: {
        who: 'AccountId32',
        price: 'u128',
      },
      Bonded: {
        who: 'AccountId32',
        amount: 'u128',
        bond: 'u128',
      },
      Unbonding: {
        who: 'AccountId32',
        unlockAt: 'u32',
      },
      Withdrawn: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
      },
      Resumed: {
        who: 'AccountId32',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
        to: 'AccountId32',
      },
      Underbonded: {
        who: 'AccountId32',
        bond: 'u128',
      },
      ParamsSet: {
        minBond: 'u128',
        unbondingDelay: 'u32',
      },
      Evicted: {
        who: 'AccountId32',
        model: 'u32',
        by: 'AccountId32',
      },
      PoolFull: {
        who: 'AccountId32',
        model: 'u32',
      },
      EncryptionKeySet: {
        who: 'AccountId32',
        key: '[u8;32]',
        rotation: 'u32'
      }
    }
  },
  /**
   * Lookup177: pallet_jobs::pallet::Event<T>
   **/
  PalletJobsEvent: {
    _enum: {
      JobSubmitted: {
        job: 'u64',
        submitter: 'AccountId32',
        model: 'u32',
        fee: 'u128',
        assignAt: 'u32',
      },
      JobAssigned: {
        job: 'u64',
        providers: 'Vec<(AccountId32,u32)>',
        commitUntil: 'u32',
        fee: 'u128',
      },
      Committed: {
        job: 'u64',
        provider: 'AccountId32',
      },
      PrimaryCommitted: {
        job: 'u64',
        auditDrawnAt: 'u32',
      },
      AuditDrawn: {
        job: 'u64',
        audit: 'PalletJobsAudit',
        auditors: 'Vec<(AccountId32,u32)>',
        fee: 'u128',
      },
      Escalated: {
        job: 'u64',
        drawAt: 'u32',
      },
      EscalationDrawn: {
        job: 'u64',
        referees: 'Vec<(AccountId32,u32)>',
        commitUntil: 'u32',
      },
      CommitsClosed: {
        job: 'u64',
        commits: 'u32',
        revealUntil: 'u32',
      },
      Revealed: {
        job: 'u64',
        provider: 'AccountId32',
        failure: 'Option<VerityPrimitivesOutcomeFailureKind>',
      },
      JobCompleted: {
        job: 'u64',
        outputHash: 'H256',
        winners: 'u32',
        paidToProviders: 'u128',
        royalty: 'u128',
        protocolFee: 'u128',
        refunded: 'u128',
      },
      JobFailed: {
        job: 'u64',
        reason: 'PalletJobsFailReason',
        paidToProviders: 'u128',
        refunded: 'u128',
      },
      JobCancelled: {
        job: 'u64',
        refunded: 'u128',
      },
      ProviderSlashed: {
        job: 'u64',
        provider: 'AccountId32',
        amount: 'u128',
        reason: 'PalletJobsSlashReason',
      },
      Challenged: {
        job: 'u64',
        challenger: 'AccountId32',
        bond: 'u128',
        drawAt: 'u32',
      },
      ChallengeDrawn: {
        job: 'u64',
        committee: 'Vec<(AccountId32,u32)>',
        commitUntil: 'u32',
      },
      ResultUpheld: {
        job: 'u64',
        paidToCommittee: 'u128',
        toTreasury: 'u128',
      },
      ResultOverturned: {
        job: 'u64',
        outputHash: 'H256',
        slashed: 'u128',
        paidToCommittee: 'u128',
        refundedToSubmitter: 'u128',
        compensated: 'u128',
        reward: 'u128',
      },
      ChallengeVoid: {
        job: 'u64',
        reason: 'PalletJobsFailReason',
        refunded: 'u128',
      },
      ParamsSet: {
        params: 'PalletJobsProtocolParams',
      },
      BatchItemFailed: {
        job: 'u64',
        error: 'SpRuntimeDispatchError',
      },
      SubmissionFailed: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      KeysProvided: {
        job: 'u64',
        providers: 'u32',
      },
      JudgingOpened: {
        job: 'u64',
        judges: 'u32',
        until: 'u32',
      },
      Judged: {
        job: 'u64',
        provider: 'AccountId32'
      }
    }
  },
  /**
   * Lookup181: pallet_jobs::types::Audit
   **/
  PalletJobsAudit: {
    _enum: ['NotApplicable', 'Pending', 'Skipped', 'NoAuditors', 'Audited', 'Escalated', 'Challenged']
  },
  /**
   * Lookup183: pallet_jobs::types::FailReason
   **/
  PalletJobsFailReason: {
    _enum: {
      TooFewCommits: 'Null',
      TooFewReveals: 'Null',
      NoQuorum: 'Null',
      Overloaded: 'Null',
      NoProviders: 'Null',
      NoRandomness: 'Null',
      Unprocessable: 'VerityPrimitivesOutcomeFailureKind',
      Upgraded: 'Null',
      KeysUnusable: 'Null'
    }
  },
  /**
   * Lookup184: pallet_jobs::types::SlashReason
   **/
  PalletJobsSlashReason: {
    _enum: ['WrongOutput', 'NoShow', 'Overturned']
  },
  /**
   * Lookup185: pallet_blobs::pallet::Event<T>
   **/
  PalletBlobsEvent: {
    _enum: {
      Stored: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        len: 'u32',
        who: 'AccountId32',
        fee: 'u128',
        expiresAt: 'u32',
      },
      Renewed: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        who: 'AccountId32',
        fee: 'u128',
        expiresAt: 'u32',
      },
      Expired: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup186: pallet_scheduler::pallet::Event<T>
   **/
  PalletSchedulerEvent: {
    _enum: {
      Scheduled: {
        when: 'u32',
        index: 'u32',
      },
      Canceled: {
        when: 'u32',
        index: 'u32',
      },
      Dispatched: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      RetrySet: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        period: 'u32',
        retries: 'u8',
      },
      RetryCancelled: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      CallUnavailable: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PeriodicFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      RetryFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PermanentlyOverweight: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      AgendaIncomplete: {
        when: 'u32'
      }
    }
  },
  /**
   * Lookup187: pallet_preimage::pallet::Event<T>
   **/
  PalletPreimageEvent: {
    _enum: {
      Noted: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Requested: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Cleared: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup188: pallet_treasury::pallet::Event<T, I>
   **/
  PalletTreasuryEvent: {
    _enum: {
      Spending: {
        budgetRemaining: 'u128',
      },
      Awarded: {
        proposalIndex: 'u32',
        award: 'u128',
        account: 'AccountId32',
      },
      Burnt: {
        burntFunds: 'u128',
      },
      Rollover: {
        rolloverBalance: 'u128',
      },
      Deposit: {
        value: 'u128',
      },
      SpendApproved: {
        proposalIndex: 'u32',
        amount: 'u128',
        beneficiary: 'AccountId32',
      },
      UpdatedInactive: {
        reactivated: 'u128',
        deactivated: 'u128',
      },
      AssetSpendApproved: {
        index: 'u32',
        assetKind: 'Null',
        amount: 'u128',
        beneficiary: 'AccountId32',
        validFrom: 'u32',
        expireAt: 'u32',
      },
      AssetSpendVoided: {
        index: 'u32',
      },
      Paid: {
        index: 'u32',
        paymentId: 'Null',
      },
      PaymentFailed: {
        index: 'u32',
        paymentId: 'Null',
      },
      SpendProcessed: {
        index: 'u32'
      }
    }
  },
  /**
   * Lookup189: pallet_conviction_voting::pallet::Event<T, I>
   **/
  PalletConvictionVotingEvent: {
    _enum: {
      Delegated: '(AccountId32,AccountId32,u16)',
      Undelegated: '(AccountId32,u16)',
      Voted: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteRemoved: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteUnlocked: {
        who: 'AccountId32',
        class: 'u16'
      }
    }
  },
  /**
   * Lookup190: pallet_referenda::pallet::Event<T, I>
   **/
  PalletReferendaEvent: {
    _enum: {
      Submitted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
      },
      DecisionDepositPlaced: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DepositSlashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionStarted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
        tally: 'PalletConvictionVotingTally',
      },
      ConfirmStarted: {
        index: 'u32',
      },
      ConfirmAborted: {
        index: 'u32',
      },
      Confirmed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Approved: {
        index: 'u32',
      },
      Rejected: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      TimedOut: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Cancelled: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Killed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      SubmissionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      MetadataSet: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256',
      },
      MetadataCleared: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup191: pallet_conviction_voting::types::Tally<Votes, Total>
   **/
  PalletConvictionVotingTally: {
    ayes: 'u128',
    nays: 'u128',
    support: 'u128'
  },
  /**
   * Lookup192: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup194: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup197: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup198: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup199: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup200: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup202: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup203: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup204: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup205: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup210: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup217: sp_consensus_babe::digests::PreDigest
   **/
  SpConsensusBabeDigestsPreDigest: {
    _enum: {
      __Unused0: 'Null',
      Primary: 'SpConsensusBabeDigestsPrimaryPreDigest',
      SecondaryPlain: 'SpConsensusBabeDigestsSecondaryPlainPreDigest',
      SecondaryVRF: 'SpConsensusBabeDigestsSecondaryVRFPreDigest'
    }
  },
  /**
   * Lookup218: sp_consensus_babe::digests::PrimaryPreDigest
   **/
  SpConsensusBabeDigestsPrimaryPreDigest: {
    authorityIndex: 'u32',
    slot: 'u64',
    vrfSignature: 'SpCoreSr25519VrfVrfSignature'
  },
  /**
   * Lookup219: sp_core::sr25519::vrf::VrfSignature
   **/
  SpCoreSr25519VrfVrfSignature: {
    preOutput: '[u8;32]',
    proof: '[u8;64]'
  },
  /**
   * Lookup220: sp_consensus_babe::digests::SecondaryPlainPreDigest
   **/
  SpConsensusBabeDigestsSecondaryPlainPreDigest: {
    authorityIndex: 'u32',
    slot: 'u64'
  },
  /**
   * Lookup221: sp_consensus_babe::digests::SecondaryVRFPreDigest
   **/
  SpConsensusBabeDigestsSecondaryVRFPreDigest: {
    authorityIndex: 'u32',
    slot: 'u64',
    vrfSignature: 'SpCoreSr25519VrfVrfSignature'
  },
  /**
   * Lookup222: sp_consensus_babe::BabeEpochConfiguration
   **/
  SpConsensusBabeBabeEpochConfiguration: {
    c: '(u64,u64)',
    allowedSlots: 'SpConsensusBabeAllowedSlots'
  },
  /**
   * Lookup226: pallet_babe::pallet::Error<T>
   **/
  PalletBabeError: {
    _enum: ['InvalidEquivocationProof', 'InvalidKeyOwnershipProof', 'DuplicateOffenceReport', 'InvalidConfiguration']
  },
  /**
   * Lookup227: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup228: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup230: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup232: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup233: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup236: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup239: frame_support::traits::tokens::misc::IdAmount<verity_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'VerityRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup242: frame_support::traits::tokens::misc::IdAmount<verity_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'VerityRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup243: verity_runtime::RuntimeFreezeReason
   **/
  VerityRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup245: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup247: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup248: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup249: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup250: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup252: pallet_validators::pallet::Error<T>
   **/
  PalletValidatorsError: {
    _enum: ['AlreadyValidator', 'NotValidator', 'NoSessionKeys', 'TooManyValidators', 'TooFewValidators']
  },
  /**
   * Lookup259: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup260: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup261: pallet_models::types::ModelInfo<sp_core::crypto::AccountId32, Balance, MaxUri, MaxBen>
   **/
  PalletModelsModelInfo: {
    _alias: {
      hash_: 'hash',
      size_: 'size'
    },
    owner: 'AccountId32',
    hash_: '[u8;32]',
    size_: 'u64',
    uri: 'Bytes',
    io: 'VerityPrimitivesTensorIoSpec',
    rule: 'VerityPrimitivesCompareComparisonRule',
    royaltyPerJob: 'u128',
    royalties: 'Vec<PalletModelsBeneficiary>',
    status: 'PalletModelsModelStatus',
    deposit: 'u128',
    kind: 'PalletModelsModelKind'
  },
  /**
   * Lookup262: pallet_models::pallet::Error<T>
   **/
  PalletModelsError: {
    _enum: ['UnknownModel', 'DuplicateHash', 'NotOwner', 'BadUri', 'BadSize', 'BadIoSpec', 'BadTolerance', 'ToleranceTooLoose', 'SharesNotWhole', 'DuplicateBeneficiary', 'NoBeneficiaries', 'StatusUnchanged', 'NotSettable', 'Overflow', 'NotAGenerator', 'BadGenerationLimits', 'NotAnImageModel', 'BadPreprocessing']
  },
  /**
   * Lookup263: pallet_providers::types::ProviderInfo<Balance, BlockNumber, MaxModels>
   **/
  PalletProvidersProviderInfo: {
    bond: 'u128',
    price: 'u128',
    models: 'Vec<u32>',
    status: 'PalletProvidersProviderStatus'
  },
  /**
   * Lookup264: pallet_providers::types::ProviderStatus<BlockNumber>
   **/
  PalletProvidersProviderStatus: {
    _enum: {
      Active: 'Null',
      Suspended: 'Null',
      Underbonded: 'Null',
      Unbonding: {
        unlockAt: 'u32'
      }
    }
  },
  /**
   * Lookup266: pallet_providers::types::PoolEntry<sp_core::crypto::AccountId32, Balance>
   **/
  PalletProvidersPoolEntry: {
    provider: 'AccountId32',
    stake: 'u128',
    price: 'u128'
  },
  /**
   * Lookup268: pallet_providers::types::EncryptionKey
   **/
  PalletProvidersEncryptionKey: {
    key: '[u8;32]',
    rotation: 'u32'
  },
  /**
   * Lookup269: pallet_providers::pallet::Error<T>
   **/
  PalletProvidersError: {
    _enum: ['AlreadyRegistered', 'NotProvider', 'BondTooLow', 'NoModels', 'DuplicateModel', 'ModelNotServable', 'TooManyProviders', 'IsUnbonding', 'NotUnbonding', 'StillLocked', 'NotSuspended', 'AlreadySuspended', 'ZeroAmount', 'MinBondOutOfBounds', 'UnbondingDelayTooLong', 'WeakEncryptionKey', 'SameEncryptionKey', 'WrongRotation']
  },
  /**
   * Lookup270: pallet_jobs::types::Job<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxR>
   **/
  PalletJobsJob: {
    submitter: 'AccountId32',
    model: 'u32',
    inputHash: 'H256',
    fee: 'PalletJobsFee',
    assignments: 'Vec<PalletJobsAssignment>',
    phase: 'PalletJobsPhase',
    submittedAt: 'u32',
    terms: 'PalletJobsJobTerms',
    tier: 'PalletJobsTier',
    audit: 'PalletJobsAudit'
  },
  /**
   * Lookup271: pallet_jobs::types::Fee<Balance>
   **/
  PalletJobsFee: {
    compute: 'u128',
    royalty: 'u128',
    protocol: 'u128'
  },
  /**
   * Lookup273: pallet_jobs::types::Assignment<sp_core::crypto::AccountId32, Balance>
   **/
  PalletJobsAssignment: {
    provider: 'AccountId32',
    seats: 'u32',
    price: 'u128',
    commitment: 'Option<H256>',
    revealed: 'bool',
    role: 'PalletJobsRole'
  },
  /**
   * Lookup274: pallet_jobs::types::Role
   **/
  PalletJobsRole: {
    _enum: ['Member', 'Auditor', 'Referee', 'Challenger']
  },
  /**
   * Lookup276: pallet_jobs::types::Phase<BlockNumber>
   **/
  PalletJobsPhase: {
    _enum: {
      Committing: {
        until: 'u32',
      },
      Revealing: {
        until: 'u32',
      },
      Completed: {
        at: 'u32',
      },
      Failed: {
        at: 'u32',
        reason: 'PalletJobsFailReason',
      },
      Cancelled: {
        at: 'u32',
      },
      Assigning: {
        at: 'u32',
      },
      Auditing: {
        at: 'u32',
        since: 'u32',
      },
      Escalating: {
        at: 'u32',
        since: 'u32',
      },
      Challenged: {
        at: 'u32',
        since: 'u32',
      },
      Judging: {
        until: 'u32'
      }
    }
  },
  /**
   * Lookup277: pallet_jobs::types::JobTerms<Balance, BlockNumber>
   **/
  PalletJobsJobTerms: {
    redundancy: 'u32',
    quorum: 'u32',
    auditors: 'u32',
    auditFloor: 'Perbill',
    trustedAfter: 'u32',
    escalation: 'u32',
    commitPeriod: 'u32',
    revealPeriod: 'u32',
    wrongOutputSlash: 'u128',
    noShowSlash: 'u128',
    protocolFee: 'Perbill',
    retention: 'u32',
    challengePeriod: 'u32',
    challengeBond: 'u128',
    seatPriceCap: 'u128'
  },
  /**
   * Lookup278: pallet_jobs::types::PrivateJob
   **/
  PalletJobsPrivateJob: {
    keyCommitment: '[u8;32]',
    keyed: 'u8'
  },
  /**
   * Lookup280: pallet_jobs::types::SeatKey
   **/
  PalletJobsSeatKey: {
    ephemeral: '[u8;32]',
    wrapped: '[u8;48]'
  },
  /**
   * Lookup282: pallet_jobs::types::Judgement
   **/
  PalletJobsJudgement: {
    seat: 'u32',
    agrees: 'Option<u64>'
  },
  /**
   * Lookup288: pallet_jobs::congestion::Load
   **/
  PalletJobsCongestionLoad: {
    deadlines: 'SpWeightsWeightV2Weight',
    work: 'SpWeightsWeightV2Weight',
    workLen: 'u32'
  },
  /**
   * Lookup289: pallet_jobs::types::Challenge<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletJobsChallenge: {
    challenger: 'AccountId32',
    bond: 'u128',
    completedAt: 'u32',
    audit: 'PalletJobsAudit',
    verdict: 'Option<PalletJobsChallengeVerdict>'
  },
  /**
   * Lookup291: pallet_jobs::types::ChallengeVerdict
   **/
  PalletJobsChallengeVerdict: {
    _enum: {
      Upheld: 'Null',
      Overturned: 'Null',
      Void: 'PalletJobsFailReason'
    }
  },
  /**
   * Lookup292: pallet_jobs::pallet::Error<T>
   **/
  PalletJobsError: {
    _enum: ['ModelUnavailable', 'InputMismatch', 'InputNotStored', 'InputExpiresTooSoon', 'NotEnoughProviders', 'FeeAboveMax', 'NoParams', 'RedundancyOutOfBounds', 'AuditorsOutOfBounds', 'PeriodOutOfBounds', 'SlashOutOfBounds', 'ProtocolFeeTooHigh', 'RetentionOutOfBounds', 'UnknownJob', 'NotAssigned', 'NotCommitting', 'AlreadyCommitted', 'CommitsStillOpen', 'NotRevealing', 'NotCommitted', 'AlreadyRevealed', 'CommitmentMismatch', 'OutputNotStored', 'OutputFitsOnChain', 'OutputTooLong', 'NotSubmitter', 'AlreadyAssigned', 'TooManyJobs', 'Overflow', 'EmptyBatch', 'AuditRateOutOfBounds', 'EscalationOutOfBounds', 'RoundClosed', 'AboveAssignmentsBound', 'NotCompleted', 'ChallengeWindowClosed', 'AlreadyChallenged', 'NotEntitledToChallenge', 'ChallengeOutOfBounds', 'GenerationTooLong', 'PrivateNotSupported', 'NotPrivate', 'NoKeysToGive', 'WrongKeyCount', 'KeysTooLate', 'NoEncryptionKey', 'NotJudging', 'NotAJudge', 'AlreadyJudged']
  },
  /**
   * Lookup293: pallet_blobs::pallet::BlobInfo<BlockNumber>
   **/
  PalletBlobsBlobInfo: {
    len: 'u32',
    storedAt: 'u32',
    expiresAt: 'u32'
  },
  /**
   * Lookup295: pallet_blobs::pallet::Error<T>
   **/
  PalletBlobsError: {
    _enum: ['Empty', 'TooLong', 'AlreadyStored', 'NotStored', 'BlockFull', 'NotAnExtrinsic']
  },
  /**
   * Lookup298: pallet_scheduler::Scheduled<Name, frame_support::traits::preimages::Bounded<verity_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, BlockNumber, verity_runtime::OriginCaller, sp_core::crypto::AccountId32>
   **/
  PalletSchedulerScheduled: {
    maybeId: 'Option<[u8;32]>',
    priority: 'u8',
    call: 'FrameSupportPreimagesBounded',
    maybePeriodic: 'Option<(u32,u32)>',
    origin: 'VerityRuntimeOriginCaller'
  },
  /**
   * Lookup300: pallet_scheduler::RetryConfig<Period>
   **/
  PalletSchedulerRetryConfig: {
    totalRetries: 'u8',
    remaining: 'u8',
    period: 'u32'
  },
  /**
   * Lookup301: pallet_scheduler::pallet::Error<T>
   **/
  PalletSchedulerError: {
    _enum: ['FailedToSchedule', 'NotFound', 'TargetBlockNumberInPast', 'RescheduleNoChange', 'Named']
  },
  /**
   * Lookup302: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPreimageOldRequestStatus: {
    _enum: {
      Unrequested: {
        deposit: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        deposit: 'Option<(AccountId32,u128)>',
        count: 'u32',
        len: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup305: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletPreimageRequestStatus: {
    _enum: {
      Unrequested: {
        ticket: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        maybeTicket: 'Option<(AccountId32,u128)>',
        count: 'u32',
        maybeLen: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup310: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup311: pallet_treasury::Proposal<sp_core::crypto::AccountId32, Balance>
   **/
  PalletTreasuryProposal: {
    proposer: 'AccountId32',
    value: 'u128',
    beneficiary: 'AccountId32',
    bond: 'u128'
  },
  /**
   * Lookup313: pallet_treasury::SpendStatus<AssetKind, AssetBalance, sp_core::crypto::AccountId32, BlockNumber, PaymentId>
   **/
  PalletTreasurySpendStatus: {
    assetKind: 'Null',
    amount: 'u128',
    beneficiary: 'AccountId32',
    validFrom: 'u32',
    expireAt: 'u32',
    status: 'PalletTreasuryPaymentState'
  },
  /**
   * Lookup314: pallet_treasury::PaymentState<Id>
   **/
  PalletTreasuryPaymentState: {
    _enum: {
      Pending: 'Null',
      Attempted: {
        id: 'Null',
      },
      Failed: 'Null'
    }
  },
  /**
   * Lookup316: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup317: pallet_treasury::pallet::Error<T, I>
   **/
  PalletTreasuryError: {
    _enum: ['InvalidIndex', 'TooManyApprovals', 'InsufficientPermission', 'ProposalNotApproved', 'FailedToConvertBalance', 'SpendExpired', 'EarlyPayout', 'AlreadyAttempted', 'PayoutError', 'NotAttempted', 'Inconclusive']
  },
  /**
   * Lookup319: pallet_conviction_voting::vote::Voting<Balance, sp_core::crypto::AccountId32, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteVoting: {
    _enum: {
      Casting: 'PalletConvictionVotingVoteCasting',
      Delegating: 'PalletConvictionVotingVoteDelegating'
    }
  },
  /**
   * Lookup320: pallet_conviction_voting::vote::Casting<Balance, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteCasting: {
    votes: 'Vec<(u32,PalletConvictionVotingVoteAccountVote)>',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup324: pallet_conviction_voting::types::Delegations<Balance>
   **/
  PalletConvictionVotingDelegations: {
    votes: 'u128',
    capital: 'u128'
  },
  /**
   * Lookup325: pallet_conviction_voting::vote::PriorLock<BlockNumber, Balance>
   **/
  PalletConvictionVotingVotePriorLock: '(u32,u128)',
  /**
   * Lookup326: pallet_conviction_voting::vote::Delegating<Balance, sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConvictionVotingVoteDelegating: {
    balance: 'u128',
    target: 'AccountId32',
    conviction: 'PalletConvictionVotingConviction',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup330: pallet_conviction_voting::pallet::Error<T, I>
   **/
  PalletConvictionVotingError: {
    _enum: ['NotOngoing', 'NotVoter', 'NoPermission', 'NoPermissionYet', 'AlreadyDelegating', 'AlreadyVoting', 'InsufficientFunds', 'NotDelegating', 'Nonsense', 'MaxVotesReached', 'ClassNeeded', 'BadClass']
  },
  /**
   * Lookup331: pallet_referenda::types::ReferendumInfo<TrackId, verity_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<verity_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumInfo: {
    _enum: {
      Ongoing: 'PalletReferendaReferendumStatus',
      Approved: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Rejected: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Cancelled: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      TimedOut: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Killed: 'u32'
    }
  },
  /**
   * Lookup332: pallet_referenda::types::ReferendumStatus<TrackId, verity_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<verity_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumStatus: {
    track: 'u16',
    origin: 'VerityRuntimeOriginCaller',
    proposal: 'FrameSupportPreimagesBounded',
    enactment: 'FrameSupportScheduleDispatchTime',
    submitted: 'u32',
    submissionDeposit: 'PalletReferendaDeposit',
    decisionDeposit: 'Option<PalletReferendaDeposit>',
    deciding: 'Option<PalletReferendaDecidingStatus>',
    tally: 'PalletConvictionVotingTally',
    inQueue: 'bool',
    alarm: 'Option<(u32,(u32,u32))>'
  },
  /**
   * Lookup333: pallet_referenda::types::Deposit<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReferendaDeposit: {
    who: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup336: pallet_referenda::types::DecidingStatus<BlockNumber>
   **/
  PalletReferendaDecidingStatus: {
    since: 'u32',
    confirming: 'Option<u32>'
  },
  /**
   * Lookup344: pallet_referenda::types::TrackDetails<Balance, Moment, Name>
   **/
  PalletReferendaTrackDetails: {
    name: 'Text',
    maxDeciding: 'u32',
    decisionDeposit: 'u128',
    preparePeriod: 'u32',
    decisionPeriod: 'u32',
    confirmPeriod: 'u32',
    minEnactmentPeriod: 'u32',
    minApproval: 'PalletReferendaCurve',
    minSupport: 'PalletReferendaCurve'
  },
  /**
   * Lookup345: pallet_referenda::types::Curve
   **/
  PalletReferendaCurve: {
    _enum: {
      LinearDecreasing: {
        length: 'Perbill',
        floor: 'Perbill',
        ceil: 'Perbill',
      },
      SteppedDecreasing: {
        begin: 'Perbill',
        end: 'Perbill',
        step: 'Perbill',
        period: 'Perbill',
      },
      Reciprocal: {
        factor: 'i64',
        xOffset: 'i64',
        yOffset: 'i64'
      }
    }
  },
  /**
   * Lookup348: pallet_referenda::pallet::Error<T, I>
   **/
  PalletReferendaError: {
    _enum: ['NotOngoing', 'HasDeposit', 'BadTrack', 'Full', 'QueueEmpty', 'BadReferendum', 'NothingToDo', 'NoTrack', 'Unfinished', 'NoPermission', 'NoDeposit', 'BadStatus', 'PreimageNotExist', 'PreimageStoredWithDifferentLength']
  },
  /**
   * Lookup349: verity_runtime::Runtime
   **/
  VerityRuntimeRuntime: 'Null',
  /**
   * Lookup350: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, verity_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup354: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup357: frame_support::view_functions::ViewFunctionId
   **/
  FrameSupportViewFunctionsViewFunctionId: {
    prefix: '[u8;16]',
    suffix: '[u8;16]'
  },
  /**
   * Lookup360: frame_support::view_functions::ViewFunctionDispatchError
   **/
  FrameSupportViewFunctionsViewFunctionDispatchError: {
    _enum: {
      NotImplemented: 'Null',
      NotFound: 'FrameSupportViewFunctionsViewFunctionId',
      Codec: 'Null'
    }
  },
  /**
   * Lookup362: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup363: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup364: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup365: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup370: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup371: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup373: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup374: sp_consensus_babe::BabeConfiguration
   **/
  SpConsensusBabeBabeConfiguration: {
    slotDuration: 'u64',
    epochLength: 'u64',
    c: '(u64,u64)',
    authorities: 'Vec<(SpConsensusBabeAppPublic,u64)>',
    randomness: '[u8;32]',
    allowedSlots: 'SpConsensusBabeAllowedSlots'
  },
  /**
   * Lookup375: sp_consensus_babe::Epoch
   **/
  SpConsensusBabeEpoch: {
    epochIndex: 'u64',
    startSlot: 'u64',
    duration: 'u64',
    authorities: 'Vec<(SpConsensusBabeAppPublic,u64)>',
    randomness: '[u8;32]',
    config: 'SpConsensusBabeBabeEpochConfiguration'
  },
  /**
   * Lookup380: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup386: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup387: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup389: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup393: pallet_jobs::types::FeeEstimate<Balance>
   **/
  PalletJobsFeeEstimate: {
    max: 'PalletJobsFee',
    eligibleProviders: 'u32',
    redundancy: 'u32',
    tier: 'PalletJobsTier',
    maxSeats: 'u32'
  },
  /**
   * Lookup394: pallet_jobs::types::EstimateError
   **/
  PalletJobsEstimateError: {
    _enum: ['ModelUnavailable', 'InputTooLong', 'NotEnoughProviders', 'NoParams', 'TierOutOfBounds']
  },
  /**
   * Lookup395: pallet_jobs::types::TrustView
   **/
  PalletJobsTrustView: {
    consecutiveValid: 'u32',
    trusted: 'bool',
    auditProbability: 'Perbill'
  },
  /**
   * Lookup397: pallet_jobs::types::JobView<pallet_jobs::types::Job<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxR>>
   **/
  PalletJobsJobView: {
    job: 'PalletJobsJob',
    result: 'Option<Bytes>',
    storedResult: 'Option<(H256,u32)>'
  },
  /**
   * Lookup400: pallet_jobs::types::JobTensors
   **/
  PalletJobsJobTensors: {
    input: 'Option<Vec<VerityPrimitivesTensor>>',
    output: 'Option<Vec<VerityPrimitivesTensor>>'
  },
  /**
   * Lookup403: verity_primitives::tensor::Tensor
   **/
  VerityPrimitivesTensor: {
    elem: 'VerityPrimitivesTensorElementType',
    shape: 'Vec<u64>',
    data: 'Bytes'
  },
  /**
   * Lookup407: verity_runtime::RuntimeError
   **/
  VerityRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      Babe: 'PalletBabeError',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      __Unused7: 'Null',
      Validators: 'PalletValidatorsError',
      Session: 'PalletSessionError',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Models: 'PalletModelsError',
      Providers: 'PalletProvidersError',
      Jobs: 'PalletJobsError',
      Blobs: 'PalletBlobsError',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      Scheduler: 'PalletSchedulerError',
      Preimage: 'PalletPreimageError',
      Treasury: 'PalletTreasuryError',
      ConvictionVoting: 'PalletConvictionVotingError',
      Referenda: 'PalletReferendaError'
    }
  }
};
