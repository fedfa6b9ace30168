import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../shared/components/NotFoundPage';
import { RouteErrorPage, StandaloneErrorPage } from '../shared/components/RouteErrorPage';
import { WhoAmIPage } from '../shared/components/WhoAmIPage';
import { MemberLayout } from './MemberLayout';
import { HomePage } from './pages/HomePage';
import { ProfilePage } from './profile/ProfilePage';
import { ConfirmPage } from './signup/ConfirmPage';
import { SignupPage } from './signup/SignupPage';
import { DocumentsPage } from './documents/DocumentsPage';
import { ItemsPage } from './items/ItemsPage';
import { NewRequestPage } from './requests/NewRequestPage';
import { RequestPage } from './requests/RequestPage';
import { RequestsPage } from './requests/RequestsPage';
import { SurveyPage } from './survey/SurveyPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { UnsubscribePage } from './notifications/UnsubscribePage';
import { GuestContactPage } from './contact/GuestContactPage';
import { InquiriesPage } from './inquiries/InquiriesPage';
import { InquiryPage } from './inquiries/InquiryPage';
import { NewInquiryPage } from './inquiries/NewInquiryPage';

/** Routes of the member web, mounted at basename `/`. */
export const memberRoutes: RouteObject[] = [
  {
    element: <MemberLayout />,
    errorElement: <StandaloneErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'documents', element: <DocumentsPage /> },
          { path: 'me', element: <WhoAmIPage /> },
          { path: 'signup', element: <SignupPage /> },
          { path: 'signup/confirm', element: <ConfirmPage /> },
          { path: 'requests', element: <RequestsPage /> },
          { path: 'requests/new', element: <NewRequestPage /> },
          { path: 'requests/:id', element: <RequestPage /> },
          { path: 'items', element: <ItemsPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'unsubscribe/:token', element: <UnsubscribePage /> },
          { path: 'survey/:token', element: <SurveyPage /> },
          { path: 'inquiries', element: <InquiriesPage /> },
          { path: 'inquiries/new', element: <NewInquiryPage /> },
          { path: 'inquiries/:id', element: <InquiryPage /> },
          { path: 'contact', element: <GuestContactPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
