// Written by UpgradeSymbolsTests (CUPIGEN_RECORD=1 re-records it): every Swift symbol the
// upgrade report Inputs/cupi-10.0 → Inputs/cupi names for the current release. This file
// compiles only if each of them exists in the generated client.
import CUPIClient

func upgradeReportSymbols(_ cupi: CUPI) {
    _ = \AXLServer.isPinSyncEnabled
    _ = cupi.callHandlerTemplates.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.configurationValues.update(fullName:_:options:)
    _ = cupi.distributionLists.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.handlers.callHandlers.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.handlers.directoryHandlers.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.handlers.interviewHandlers.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.phoneSystems.axlServers.create(objectId:_:options:)
    _ = cupi.scheduleSets.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.schedules.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.userDefaultTemplates.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = cupi.users.list(query:sort:rowsPerPage:pageNumber:options:)
    _ = \Callhandler.tenantObjectId
    _ = \CallhandlerTemplate.tenantObjectId
    _ = \DefaultUserTemplate.tenantObjectId
    _ = \DirectoryHandler.tenantObjectId
    _ = \DistributionList.tenantObjectId
    _ = \InterviewHandler.tenantObjectId
    _ = \Schedule.tenantObjectId
    _ = \ScheduleSet.tenantObjectId
    _ = SmtpClientConfiguration.self
    _ = SmtpClientThreadCount.self
    _ = SmtpMaxConnections.self
    _ = SmtpMaxMessageSizeKb.self
    _ = SmtpMaxMessagesPerSession.self
    _ = SmtpMaxRecipients.self
    _ = SmtpPortNumber.self
    _ = SmtpServerConfiguration.self
    _ = SmtpUntrustedTls.self
    _ = Tenant.self
    _ = Tenants.self
    _ = \User.tenantObjectId
}
