// Written by UpgradeSymbolsTests (CUPIGEN_RECORD=1 re-records it): every Swift symbol the
// upgrade report Inputs/cupi-10.0 → Inputs/cupi names for the current release. This file
// compiles only if each of them exists in the generated client.
import CUPIClient

func upgradeReportSymbols(_ cupi: CUPI) {
    _ = cupi.callHandlerTemplates.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.callHandlers.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.distributionLists.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.scheduleSets.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.schedules.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.userdefaulttemplates.listDefaultUserTemplates(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.users.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = \Callhandler.tenantObjectId
    _ = \CallhandlerTemplate.tenantObjectId
    _ = \DefaultUserTemplate.tenantObjectId
    _ = \DistributionList.tenantObjectId
    _ = \Schedule.tenantObjectId
    _ = \ScheduleSet.tenantObjectId
    _ = Tenant.self
    _ = Tenants.self
    _ = \User.tenantObjectId
}
