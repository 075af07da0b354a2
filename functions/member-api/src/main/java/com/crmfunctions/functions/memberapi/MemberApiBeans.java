package com.crmfunctions.functions.memberapi;

import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.loyalty.ProgrammeConfig;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The API with the programme and repositories of the function's context (the programme is validated here). */
@Factory
class MemberApiBeans {

    @Singleton
    MemberApi api(ProgrammeConfig programme, MemberRepository members, LedgerRepository ledger) {
        return new MemberApi(programme, members, ledger);
    }
}
