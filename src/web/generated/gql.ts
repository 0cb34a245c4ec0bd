/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FirmProfile($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      nameZh\n      creditCode\n      industryCode\n      businessScope\n      mainProducts\n      revenue\n      employees\n      leading\n      listed\n      region {\n        id\n        name\n        nameZh\n        parent {\n          name\n          nameZh\n        }\n      }\n      park {\n        name\n        nameZh\n      }\n      linkAssignments {\n        basis\n        evidence\n        link {\n          id\n          name\n          nameZh\n          chain {\n            name\n            nameZh\n          }\n        }\n      }\n      suppliers {\n        annualValue\n        link {\n          name\n          nameZh\n        }\n        supplier {\n          id\n          name\n          nameZh\n          region {\n            name\n            nameZh\n          }\n        }\n      }\n      customers {\n        annualValue\n        link {\n          name\n          nameZh\n        }\n        customer {\n          id\n          name\n          nameZh\n          region {\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n": typeof types.FirmProfileDocument,
    "\n  query FirmProjects($id: ID!) {\n    enterprise(id: $id) {\n      id\n      projects {\n        id\n        name\n        status\n        region {\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": typeof types.FirmProjectsDocument,
    "\n  query ChainBrief($regionId: ID!, $chainId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      parent {\n        name\n        nameZh\n      }\n      chainOverview {\n        chain {\n          ...ChainStructureFields\n        }\n        completeness\n        fillCount\n        extendCount\n        strengthenCount\n        chief\n        links {\n          ...LinkStateFields\n        }\n      }\n    }\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      gaps {\n        kind\n        link {\n          id\n          name\n          nameZh\n        }\n        reasons\n        candidates(first: 3) {\n          score\n          reasons\n          enterprise {\n            id\n            name\n            nameZh\n            region {\n              name\n              nameZh\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChainBriefDocument,
    "\n  query BriefProjects($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      projects {\n        id\n        name\n        status\n        officer\n        followUpAt\n        link {\n          id\n        }\n        enterprise {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": typeof types.BriefProjectsDocument,
    "\n  query PublicRegion($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      parent {\n        name\n        nameZh\n      }\n      leadingChains {\n        ...ChainStructureFields\n      }\n    }\n  }\n": typeof types.PublicRegionDocument,
    "\n  query Growth($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      growthOpportunities(first: 12) {\n        link {\n          id\n          name\n          nameZh\n          chain {\n            id\n            name\n            nameZh\n          }\n        }\n        relatedness\n        rca\n        firms\n        reasons\n      }\n      chainOpportunities(first: 5) {\n        chain {\n          id\n          name\n          nameZh\n        }\n        relatedness\n        specialisedLinks {\n          id\n        }\n      }\n      peers(first: 8) {\n        region {\n          id\n          name\n          nameZh\n        }\n        similarity\n        sharedLinks {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": typeof types.GrowthDocument,
    "\n  query Trips($regionId: ID!, $chainId: ID!) {\n    recruitmentTrips(regionId: $regionId, chainId: $chainId, perGap: 5, first: 8) {\n      destination {\n        id\n        name\n        nameZh\n      }\n      totalScore\n      gaps {\n        id\n        name\n        nameZh\n      }\n      candidates {\n        score\n        reasons\n        link {\n          id\n          name\n          nameZh\n        }\n        enterprise {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": typeof types.TripsDocument,
    "\n  query ChainList {\n    chains {\n      id\n      name\n      nameZh\n    }\n  }\n": typeof types.ChainListDocument,
    "\n  fragment ChainRegionSummaryFields on ChainRegionSummary {\n    region {\n      id\n      name\n      nameZh\n      code\n    }\n    completeness\n    presentLinkCount\n    linkCount\n    fillCount\n    extendCount\n    strengthenCount\n    leadingRegionCount\n    specialisation\n  }\n": typeof types.ChainRegionSummaryFieldsFragmentDoc,
    "\n  query ChainsLedWithin($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      chainsLedWithin {\n        id\n      }\n    }\n  }\n": typeof types.ChainsLedWithinDocument,
    "\n  query SubregionOverview($regionId: ID!, $chainId: ID!) {\n    region(id: $regionId) {\n      id\n      subregionOverview(chainId: $chainId) {\n        region {\n          ...ChainRegionSummaryFields\n        }\n        subregions {\n          ...ChainRegionSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.SubregionOverviewDocument,
    "\n  query NationalOverview($chainId: ID!) {\n    nationalOverview(chainId: $chainId) {\n      subregions {\n        ...ChainRegionSummaryFields\n      }\n    }\n  }\n": typeof types.NationalOverviewDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      regionId\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ChainTemplates {\n    chainTemplates {\n      id\n      name\n      nameZh\n      version\n      sources\n      links {\n        id\n        name\n        nameZh\n        stage\n        industryCodes\n        keywords\n        excludedKeywords\n        products\n        productsZh\n      }\n      feeds {\n        from\n        to\n      }\n    }\n  }\n": typeof types.ChainTemplatesDocument,
    "\n  mutation AdoptChainTemplate($regionId: ID!, $templateId: ID!) {\n    adoptChainTemplate(regionId: $regionId, templateId: $templateId) {\n      id\n    }\n  }\n": typeof types.AdoptChainTemplateDocument,
    "\n  query ChainForEditing($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      nameZh\n      version\n      links {\n        id\n        name\n        nameZh\n        stage\n        industryCodes\n        keywords\n        excludedKeywords\n        downstream {\n          id\n        }\n      }\n      events {\n        version\n        at\n        by\n        kind\n        note\n        changes\n      }\n    }\n  }\n": typeof types.ChainForEditingDocument,
    "\n  mutation EditChain($chainId: ID!, $expectedVersion: Int!, $changes: ChainChanges!) {\n    editChain(chainId: $chainId, expectedVersion: $expectedVersion, changes: $changes) {\n      id\n      version\n    }\n  }\n": typeof types.EditChainDocument,
    "\n  query SearchRegions($text: String!) {\n    searchRegions(text: $text, first: 8) {\n      id\n      name\n      nameZh\n      level\n      parent {\n        name\n        nameZh\n      }\n    }\n  }\n": typeof types.SearchRegionsDocument,
    "\n  query RegionMap($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      level\n      code\n      parent {\n        name\n        nameZh\n      }\n      chainOverview {\n        chain {\n          ...ChainStructureFields\n        }\n        completeness\n        fillCount\n        extendCount\n        strengthenCount\n        localSupplyShare\n        chief\n        history {\n          at\n          completeness\n        }\n        links {\n          ...LinkStateFields\n        }\n      }\n    }\n  }\n": typeof types.RegionMapDocument,
    "\n  fragment ChainStructureFields on Chain {\n    id\n    name\n    nameZh\n    links {\n      id\n      name\n      nameZh\n      stage\n      downstream {\n        id\n      }\n    }\n  }\n": typeof types.ChainStructureFieldsFragmentDoc,
    "\n  fragment LinkStateFields on LinkOverview {\n    link {\n      id\n    }\n    state\n    localEnterpriseCount\n    localDemand\n    localSupplyShare\n    gapKind\n    reasons\n    activeProjects {\n      id\n      name\n    }\n  }\n": typeof types.LinkStateFieldsFragmentDoc,
    "\n  query LinkDetail($regionId: ID!, $chainId: ID!, $linkId: ID!) {\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      gaps {\n        kind\n        link {\n          id\n        }\n        direction\n        localEnterpriseCount\n        externalDependency\n        localDemand\n        reasons\n        relatedness\n        sourceRegions(first: 5) {\n          region {\n            id\n            name\n            nameZh\n          }\n          firms\n          rca\n        }\n        candidates(first: 10) {\n          score\n          reasons\n          annualValueToLocalFirms\n          components {\n            ties\n            scale\n            stature\n            fit\n          }\n          enterprise {\n            id\n            name\n            nameZh\n            creditCode\n            revenue\n            employees\n            leading\n            listed\n            region {\n              name\n              nameZh\n            }\n          }\n        }\n      }\n    }\n    enterprises(filter: { regionId: $regionId, linkId: $linkId }, first: 20, orderBy: { field: REVENUE, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          nameZh\n          revenue\n          employees\n          leading\n          listed\n        }\n      }\n    }\n  }\n": typeof types.LinkDetailDocument,
    "\n  query SimulateRecruitment($regionId: ID!, $chainId: ID!, $enterpriseIds: [ID!]!) {\n    simulateRecruitment(regionId: $regionId, chainId: $chainId, enterpriseIds: $enterpriseIds) {\n      completeness\n      presentLinkCount\n      linkCount\n      links {\n        ...LinkStateFields\n      }\n    }\n  }\n": typeof types.SimulateRecruitmentDocument,
    "\n  query Pipeline($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      projects {\n        ...ProjectFields\n      }\n    }\n  }\n": typeof types.PipelineDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    name\n    status\n    nextStatuses\n    version\n    updatedAt\n    investment\n    responsibleUnit\n    officer\n    followUpAt\n    enterprise {\n      id\n      name\n      nameZh\n    }\n    link {\n      id\n      name\n      nameZh\n    }\n    park {\n      name\n      nameZh\n    }\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation AdvanceProject($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!, $note: String) {\n    advanceProject(id: $id, status: $status, expectedVersion: $expectedVersion, note: $note) {\n      ...ProjectFields\n    }\n  }\n": typeof types.AdvanceProjectDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      createdAt\n      region {\n        id\n      }\n      blockers {\n        id\n        kind\n        text\n        openedAt\n        resolvedAt\n        resolution\n      }\n      events {\n        at\n        by\n        status\n        note\n        kind\n      }\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  mutation UpdateProject($id: ID!, $expectedVersion: Int!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation AddProjectNote($id: ID!, $text: String!) {\n    addProjectNote(id: $id, text: $text) {\n      id\n    }\n  }\n": typeof types.AddProjectNoteDocument,
    "\n  mutation OpenBlocker($projectId: ID!, $kind: BlockerKind!, $text: String!) {\n    openBlocker(projectId: $projectId, kind: $kind, text: $text) {\n      id\n    }\n  }\n": typeof types.OpenBlockerDocument,
    "\n  mutation ResolveBlocker($id: ID!, $note: String) {\n    resolveBlocker(id: $id, note: $note) {\n      id\n    }\n  }\n": typeof types.ResolveBlockerDocument,
    "\n  query Attention($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      attention {\n        kinds\n        reasons\n        project {\n          id\n          name\n          officer\n          followUpAt\n          updatedAt\n          enterprise {\n            id\n            name\n            nameZh\n          }\n          blockers {\n            id\n            kind\n            text\n            resolvedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttentionDocument,
};
const documents: Documents = {
    "\n  query FirmProfile($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      nameZh\n      creditCode\n      industryCode\n      businessScope\n      mainProducts\n      revenue\n      employees\n      leading\n      listed\n      region {\n        id\n        name\n        nameZh\n        parent {\n          name\n          nameZh\n        }\n      }\n      park {\n        name\n        nameZh\n      }\n      linkAssignments {\n        basis\n        evidence\n        link {\n          id\n          name\n          nameZh\n          chain {\n            name\n            nameZh\n          }\n        }\n      }\n      suppliers {\n        annualValue\n        link {\n          name\n          nameZh\n        }\n        supplier {\n          id\n          name\n          nameZh\n          region {\n            name\n            nameZh\n          }\n        }\n      }\n      customers {\n        annualValue\n        link {\n          name\n          nameZh\n        }\n        customer {\n          id\n          name\n          nameZh\n          region {\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n": types.FirmProfileDocument,
    "\n  query FirmProjects($id: ID!) {\n    enterprise(id: $id) {\n      id\n      projects {\n        id\n        name\n        status\n        region {\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": types.FirmProjectsDocument,
    "\n  query ChainBrief($regionId: ID!, $chainId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      parent {\n        name\n        nameZh\n      }\n      chainOverview {\n        chain {\n          ...ChainStructureFields\n        }\n        completeness\n        fillCount\n        extendCount\n        strengthenCount\n        chief\n        links {\n          ...LinkStateFields\n        }\n      }\n    }\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      gaps {\n        kind\n        link {\n          id\n          name\n          nameZh\n        }\n        reasons\n        candidates(first: 3) {\n          score\n          reasons\n          enterprise {\n            id\n            name\n            nameZh\n            region {\n              name\n              nameZh\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ChainBriefDocument,
    "\n  query BriefProjects($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      projects {\n        id\n        name\n        status\n        officer\n        followUpAt\n        link {\n          id\n        }\n        enterprise {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": types.BriefProjectsDocument,
    "\n  query PublicRegion($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      parent {\n        name\n        nameZh\n      }\n      leadingChains {\n        ...ChainStructureFields\n      }\n    }\n  }\n": types.PublicRegionDocument,
    "\n  query Growth($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      growthOpportunities(first: 12) {\n        link {\n          id\n          name\n          nameZh\n          chain {\n            id\n            name\n            nameZh\n          }\n        }\n        relatedness\n        rca\n        firms\n        reasons\n      }\n      chainOpportunities(first: 5) {\n        chain {\n          id\n          name\n          nameZh\n        }\n        relatedness\n        specialisedLinks {\n          id\n        }\n      }\n      peers(first: 8) {\n        region {\n          id\n          name\n          nameZh\n        }\n        similarity\n        sharedLinks {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": types.GrowthDocument,
    "\n  query Trips($regionId: ID!, $chainId: ID!) {\n    recruitmentTrips(regionId: $regionId, chainId: $chainId, perGap: 5, first: 8) {\n      destination {\n        id\n        name\n        nameZh\n      }\n      totalScore\n      gaps {\n        id\n        name\n        nameZh\n      }\n      candidates {\n        score\n        reasons\n        link {\n          id\n          name\n          nameZh\n        }\n        enterprise {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n": types.TripsDocument,
    "\n  query ChainList {\n    chains {\n      id\n      name\n      nameZh\n    }\n  }\n": types.ChainListDocument,
    "\n  fragment ChainRegionSummaryFields on ChainRegionSummary {\n    region {\n      id\n      name\n      nameZh\n      code\n    }\n    completeness\n    presentLinkCount\n    linkCount\n    fillCount\n    extendCount\n    strengthenCount\n    leadingRegionCount\n    specialisation\n  }\n": types.ChainRegionSummaryFieldsFragmentDoc,
    "\n  query ChainsLedWithin($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      chainsLedWithin {\n        id\n      }\n    }\n  }\n": types.ChainsLedWithinDocument,
    "\n  query SubregionOverview($regionId: ID!, $chainId: ID!) {\n    region(id: $regionId) {\n      id\n      subregionOverview(chainId: $chainId) {\n        region {\n          ...ChainRegionSummaryFields\n        }\n        subregions {\n          ...ChainRegionSummaryFields\n        }\n      }\n    }\n  }\n": types.SubregionOverviewDocument,
    "\n  query NationalOverview($chainId: ID!) {\n    nationalOverview(chainId: $chainId) {\n      subregions {\n        ...ChainRegionSummaryFields\n      }\n    }\n  }\n": types.NationalOverviewDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      regionId\n    }\n  }\n": types.ViewerDocument,
    "\n  query ChainTemplates {\n    chainTemplates {\n      id\n      name\n      nameZh\n      version\n      sources\n      links {\n        id\n        name\n        nameZh\n        stage\n        industryCodes\n        keywords\n        excludedKeywords\n        products\n        productsZh\n      }\n      feeds {\n        from\n        to\n      }\n    }\n  }\n": types.ChainTemplatesDocument,
    "\n  mutation AdoptChainTemplate($regionId: ID!, $templateId: ID!) {\n    adoptChainTemplate(regionId: $regionId, templateId: $templateId) {\n      id\n    }\n  }\n": types.AdoptChainTemplateDocument,
    "\n  query ChainForEditing($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      nameZh\n      version\n      links {\n        id\n        name\n        nameZh\n        stage\n        industryCodes\n        keywords\n        excludedKeywords\n        downstream {\n          id\n        }\n      }\n      events {\n        version\n        at\n        by\n        kind\n        note\n        changes\n      }\n    }\n  }\n": types.ChainForEditingDocument,
    "\n  mutation EditChain($chainId: ID!, $expectedVersion: Int!, $changes: ChainChanges!) {\n    editChain(chainId: $chainId, expectedVersion: $expectedVersion, changes: $changes) {\n      id\n      version\n    }\n  }\n": types.EditChainDocument,
    "\n  query SearchRegions($text: String!) {\n    searchRegions(text: $text, first: 8) {\n      id\n      name\n      nameZh\n      level\n      parent {\n        name\n        nameZh\n      }\n    }\n  }\n": types.SearchRegionsDocument,
    "\n  query RegionMap($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      level\n      code\n      parent {\n        name\n        nameZh\n      }\n      chainOverview {\n        chain {\n          ...ChainStructureFields\n        }\n        completeness\n        fillCount\n        extendCount\n        strengthenCount\n        localSupplyShare\n        chief\n        history {\n          at\n          completeness\n        }\n        links {\n          ...LinkStateFields\n        }\n      }\n    }\n  }\n": types.RegionMapDocument,
    "\n  fragment ChainStructureFields on Chain {\n    id\n    name\n    nameZh\n    links {\n      id\n      name\n      nameZh\n      stage\n      downstream {\n        id\n      }\n    }\n  }\n": types.ChainStructureFieldsFragmentDoc,
    "\n  fragment LinkStateFields on LinkOverview {\n    link {\n      id\n    }\n    state\n    localEnterpriseCount\n    localDemand\n    localSupplyShare\n    gapKind\n    reasons\n    activeProjects {\n      id\n      name\n    }\n  }\n": types.LinkStateFieldsFragmentDoc,
    "\n  query LinkDetail($regionId: ID!, $chainId: ID!, $linkId: ID!) {\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      gaps {\n        kind\n        link {\n          id\n        }\n        direction\n        localEnterpriseCount\n        externalDependency\n        localDemand\n        reasons\n        relatedness\n        sourceRegions(first: 5) {\n          region {\n            id\n            name\n            nameZh\n          }\n          firms\n          rca\n        }\n        candidates(first: 10) {\n          score\n          reasons\n          annualValueToLocalFirms\n          components {\n            ties\n            scale\n            stature\n            fit\n          }\n          enterprise {\n            id\n            name\n            nameZh\n            creditCode\n            revenue\n            employees\n            leading\n            listed\n            region {\n              name\n              nameZh\n            }\n          }\n        }\n      }\n    }\n    enterprises(filter: { regionId: $regionId, linkId: $linkId }, first: 20, orderBy: { field: REVENUE, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          nameZh\n          revenue\n          employees\n          leading\n          listed\n        }\n      }\n    }\n  }\n": types.LinkDetailDocument,
    "\n  query SimulateRecruitment($regionId: ID!, $chainId: ID!, $enterpriseIds: [ID!]!) {\n    simulateRecruitment(regionId: $regionId, chainId: $chainId, enterpriseIds: $enterpriseIds) {\n      completeness\n      presentLinkCount\n      linkCount\n      links {\n        ...LinkStateFields\n      }\n    }\n  }\n": types.SimulateRecruitmentDocument,
    "\n  query Pipeline($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      projects {\n        ...ProjectFields\n      }\n    }\n  }\n": types.PipelineDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    name\n    status\n    nextStatuses\n    version\n    updatedAt\n    investment\n    responsibleUnit\n    officer\n    followUpAt\n    enterprise {\n      id\n      name\n      nameZh\n    }\n    link {\n      id\n      name\n      nameZh\n    }\n    park {\n      name\n      nameZh\n    }\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation AdvanceProject($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!, $note: String) {\n    advanceProject(id: $id, status: $status, expectedVersion: $expectedVersion, note: $note) {\n      ...ProjectFields\n    }\n  }\n": types.AdvanceProjectDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      createdAt\n      region {\n        id\n      }\n      blockers {\n        id\n        kind\n        text\n        openedAt\n        resolvedAt\n        resolution\n      }\n      events {\n        at\n        by\n        status\n        note\n        kind\n      }\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  mutation UpdateProject($id: ID!, $expectedVersion: Int!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation AddProjectNote($id: ID!, $text: String!) {\n    addProjectNote(id: $id, text: $text) {\n      id\n    }\n  }\n": types.AddProjectNoteDocument,
    "\n  mutation OpenBlocker($projectId: ID!, $kind: BlockerKind!, $text: String!) {\n    openBlocker(projectId: $projectId, kind: $kind, text: $text) {\n      id\n    }\n  }\n": types.OpenBlockerDocument,
    "\n  mutation ResolveBlocker($id: ID!, $note: String) {\n    resolveBlocker(id: $id, note: $note) {\n      id\n    }\n  }\n": types.ResolveBlockerDocument,
    "\n  query Attention($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      attention {\n        kinds\n        reasons\n        project {\n          id\n          name\n          officer\n          followUpAt\n          updatedAt\n          enterprise {\n            id\n            name\n            nameZh\n          }\n          blockers {\n            id\n            kind\n            text\n            resolvedAt\n          }\n        }\n      }\n    }\n  }\n": types.AttentionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmProfile($id: ID!) {\n    enterprise(id: $id) {\n      id\n      name\n      nameZh\n      creditCode\n      industryCode\n      businessScope\n      mainProducts\n      revenue\n      employees\n      leading\n      listed\n      region {\n        id\n        name\n        nameZh\n        parent {\n          name\n          nameZh\n        }\n      }\n      park {\n        name\n        nameZh\n      }\n      linkAssignments {\n        basis\n        evidence\n        link {\n          id\n          name\n          nameZh\n          chain {\n            name\n            nameZh\n          }\n        }\n      }\n      suppliers {\n        annualValue\n        link {\n          name\n          nameZh\n        }\n        supplier {\n          id\n          name\n          nameZh\n          region {\n            name\n            nameZh\n          }\n        }\n      }\n      customers {\n        annualValue\n        link {\n          name\n          nameZh\n        }\n        customer {\n          id\n          name\n          nameZh\n          region {\n            name\n            nameZh\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FirmProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmProjects($id: ID!) {\n    enterprise(id: $id) {\n      id\n      projects {\n        id\n        name\n        status\n        region {\n          name\n          nameZh\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FirmProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainBrief($regionId: ID!, $chainId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      parent {\n        name\n        nameZh\n      }\n      chainOverview {\n        chain {\n          ...ChainStructureFields\n        }\n        completeness\n        fillCount\n        extendCount\n        strengthenCount\n        chief\n        links {\n          ...LinkStateFields\n        }\n      }\n    }\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      gaps {\n        kind\n        link {\n          id\n          name\n          nameZh\n        }\n        reasons\n        candidates(first: 3) {\n          score\n          reasons\n          enterprise {\n            id\n            name\n            nameZh\n            region {\n              name\n              nameZh\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainBriefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BriefProjects($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      projects {\n        id\n        name\n        status\n        officer\n        followUpAt\n        link {\n          id\n        }\n        enterprise {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BriefProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRegion($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      parent {\n        name\n        nameZh\n      }\n      leadingChains {\n        ...ChainStructureFields\n      }\n    }\n  }\n"): typeof import('./graphql').PublicRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Growth($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      growthOpportunities(first: 12) {\n        link {\n          id\n          name\n          nameZh\n          chain {\n            id\n            name\n            nameZh\n          }\n        }\n        relatedness\n        rca\n        firms\n        reasons\n      }\n      chainOpportunities(first: 5) {\n        chain {\n          id\n          name\n          nameZh\n        }\n        relatedness\n        specialisedLinks {\n          id\n        }\n      }\n      peers(first: 8) {\n        region {\n          id\n          name\n          nameZh\n        }\n        similarity\n        sharedLinks {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrowthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trips($regionId: ID!, $chainId: ID!) {\n    recruitmentTrips(regionId: $regionId, chainId: $chainId, perGap: 5, first: 8) {\n      destination {\n        id\n        name\n        nameZh\n      }\n      totalScore\n      gaps {\n        id\n        name\n        nameZh\n      }\n      candidates {\n        score\n        reasons\n        link {\n          id\n          name\n          nameZh\n        }\n        enterprise {\n          id\n          name\n          nameZh\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainList {\n    chains {\n      id\n      name\n      nameZh\n    }\n  }\n"): typeof import('./graphql').ChainListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainRegionSummaryFields on ChainRegionSummary {\n    region {\n      id\n      name\n      nameZh\n      code\n    }\n    completeness\n    presentLinkCount\n    linkCount\n    fillCount\n    extendCount\n    strengthenCount\n    leadingRegionCount\n    specialisation\n  }\n"): typeof import('./graphql').ChainRegionSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainsLedWithin($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      chainsLedWithin {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ChainsLedWithinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubregionOverview($regionId: ID!, $chainId: ID!) {\n    region(id: $regionId) {\n      id\n      subregionOverview(chainId: $chainId) {\n        region {\n          ...ChainRegionSummaryFields\n        }\n        subregions {\n          ...ChainRegionSummaryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubregionOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalOverview($chainId: ID!) {\n    nationalOverview(chainId: $chainId) {\n      subregions {\n        ...ChainRegionSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').NationalOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      regionId\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainTemplates {\n    chainTemplates {\n      id\n      name\n      nameZh\n      version\n      sources\n      links {\n        id\n        name\n        nameZh\n        stage\n        industryCodes\n        keywords\n        excludedKeywords\n        products\n        productsZh\n      }\n      feeds {\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql').ChainTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptChainTemplate($regionId: ID!, $templateId: ID!) {\n    adoptChainTemplate(regionId: $regionId, templateId: $templateId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdoptChainTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainForEditing($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      nameZh\n      version\n      links {\n        id\n        name\n        nameZh\n        stage\n        industryCodes\n        keywords\n        excludedKeywords\n        downstream {\n          id\n        }\n      }\n      events {\n        version\n        at\n        by\n        kind\n        note\n        changes\n      }\n    }\n  }\n"): typeof import('./graphql').ChainForEditingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditChain($chainId: ID!, $expectedVersion: Int!, $changes: ChainChanges!) {\n    editChain(chainId: $chainId, expectedVersion: $expectedVersion, changes: $changes) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').EditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRegions($text: String!) {\n    searchRegions(text: $text, first: 8) {\n      id\n      name\n      nameZh\n      level\n      parent {\n        name\n        nameZh\n      }\n    }\n  }\n"): typeof import('./graphql').SearchRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionMap($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      name\n      nameZh\n      level\n      code\n      parent {\n        name\n        nameZh\n      }\n      chainOverview {\n        chain {\n          ...ChainStructureFields\n        }\n        completeness\n        fillCount\n        extendCount\n        strengthenCount\n        localSupplyShare\n        chief\n        history {\n          at\n          completeness\n        }\n        links {\n          ...LinkStateFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainStructureFields on Chain {\n    id\n    name\n    nameZh\n    links {\n      id\n      name\n      nameZh\n      stage\n      downstream {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ChainStructureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkStateFields on LinkOverview {\n    link {\n      id\n    }\n    state\n    localEnterpriseCount\n    localDemand\n    localSupplyShare\n    gapKind\n    reasons\n    activeProjects {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').LinkStateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkDetail($regionId: ID!, $chainId: ID!, $linkId: ID!) {\n    chainGaps(regionId: $regionId, chainId: $chainId) {\n      gaps {\n        kind\n        link {\n          id\n        }\n        direction\n        localEnterpriseCount\n        externalDependency\n        localDemand\n        reasons\n        relatedness\n        sourceRegions(first: 5) {\n          region {\n            id\n            name\n            nameZh\n          }\n          firms\n          rca\n        }\n        candidates(first: 10) {\n          score\n          reasons\n          annualValueToLocalFirms\n          components {\n            ties\n            scale\n            stature\n            fit\n          }\n          enterprise {\n            id\n            name\n            nameZh\n            creditCode\n            revenue\n            employees\n            leading\n            listed\n            region {\n              name\n              nameZh\n            }\n          }\n        }\n      }\n    }\n    enterprises(filter: { regionId: $regionId, linkId: $linkId }, first: 20, orderBy: { field: REVENUE, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          nameZh\n          revenue\n          employees\n          leading\n          listed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LinkDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateRecruitment($regionId: ID!, $chainId: ID!, $enterpriseIds: [ID!]!) {\n    simulateRecruitment(regionId: $regionId, chainId: $chainId, enterpriseIds: $enterpriseIds) {\n      completeness\n      presentLinkCount\n      linkCount\n      links {\n        ...LinkStateFields\n      }\n    }\n  }\n"): typeof import('./graphql').SimulateRecruitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      projects {\n        ...ProjectFields\n      }\n    }\n  }\n"): typeof import('./graphql').PipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    name\n    status\n    nextStatuses\n    version\n    updatedAt\n    investment\n    responsibleUnit\n    officer\n    followUpAt\n    enterprise {\n      id\n      name\n      nameZh\n    }\n    link {\n      id\n      name\n      nameZh\n    }\n    park {\n      name\n      nameZh\n    }\n  }\n"): typeof import('./graphql').ProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): typeof import('./graphql').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceProject($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!, $note: String) {\n    advanceProject(id: $id, status: $status, expectedVersion: $expectedVersion, note: $note) {\n      ...ProjectFields\n    }\n  }\n"): typeof import('./graphql').AdvanceProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      createdAt\n      region {\n        id\n      }\n      blockers {\n        id\n        kind\n        text\n        openedAt\n        resolvedAt\n        resolution\n      }\n      events {\n        at\n        by\n        status\n        note\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $expectedVersion: Int!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProjectNote($id: ID!, $text: String!) {\n    addProjectNote(id: $id, text: $text) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddProjectNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBlocker($projectId: ID!, $kind: BlockerKind!, $text: String!) {\n    openBlocker(projectId: $projectId, kind: $kind, text: $text) {\n      id\n    }\n  }\n"): typeof import('./graphql').OpenBlockerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveBlocker($id: ID!, $note: String) {\n    resolveBlocker(id: $id, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResolveBlockerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attention($regionId: ID!) {\n    region(id: $regionId) {\n      id\n      attention {\n        kinds\n        reasons\n        project {\n          id\n          name\n          officer\n          followUpAt\n          updatedAt\n          enterprise {\n            id\n            name\n            nameZh\n          }\n          blockers {\n            id\n            kind\n            text\n            resolvedAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttentionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
